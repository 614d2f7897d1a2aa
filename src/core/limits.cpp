// The table of limits (see limits.hpp).
#include "core/limits.hpp"

namespace tdkt::core::limits {

const std::vector<Row>& table() {
  static const std::vector<Row> t = {
      {"json.file_bytes", kJsonFileBytes, "byte", "một tệp JSON (phong trào, dữ liệu, thể lệ, dữ liệu mẫu)",
       "text/json_file"},
      {"json.depth", static_cast<uint64_t>(kJsonDepth), "cấp", "mảng/đối tượng JSON lồng nhau", "core/json"},
      {"template.file_bytes", kTemplateBytes, "byte", "một tệp mẫu văn bản (.xml)", "tmpl"},
      {"template.nesting", static_cast<uint64_t>(kTemplateNesting), "tầng",
       "thẻ lồng trong thẻ, kể cả qua include", "tmpl"},
      {"template.include_depth", static_cast<uint64_t>(kIncludeDepth), "tầng",
       "<include> lồng trong <include>", "tmpl"},
      {"template.includes", kIncludes, "lần", "số lần <include> được mở trong một văn bản", "tmpl"},
      {"template.loop_items", kLoopItems, "mục", "danh sách của một <for>", "tmpl"},
      {"template.blocks", kBlocks, "khối", "đoạn, đường kẻ, bảng sinh ra trong một văn bản", "tmpl"},
      {"template.steps", kSteps, "bước",
       "thẻ được xử lý và vòng lặp trong một văn bản (kể cả vòng không sinh gì)", "tmpl"},
      {"expr.bytes", kExprBytes, "byte", "một biểu thức {{ … }} hoặc test=", "expr"},
      {"expr.depth", static_cast<uint64_t>(kExprDepth), "tầng", "ngoặc, not, tham số bộ lọc lồng nhau",
       "expr"},
      {"document.pages", kPages, "trang", "một văn bản PDF dàn trang", "layout"},
      {"list.file_bytes", kListBytes, "byte", "tệp CSV; tổng dung lượng giải nén của tệp XLSX", "intake"},
      {"list.zip_entries", kZipEntries, "thành phần", "thành phần trong tệp XLSX", "intake"},
      {"list.zip_member_bytes", kZipMemberBytes, "byte", "một thành phần XLSX khi giải nén", "intake"},
      {"list.zip_ratio", kZipRatio, "lần", "tỷ lệ nén của thành phần trên 1 MB (bom nén)", "intake"},
      {"list.rows", kRows, "dòng", "dòng có dữ liệu của một danh sách", "intake"},
      {"list.columns", kColumns, "cột", "cột có dữ liệu", "intake"},
      {"list.cell_chars", kCellChars, "ký tự", "một ô (giới hạn của Excel)", "intake"},
      {"packet.entries", kPacketEntries, "tệp", "tệp trong một bộ hồ sơ nhận được", "packet"},
      {"packet.member_bytes", kPacketMemberBytes, "byte", "một tệp trong bộ hồ sơ khi giải nén", "packet"},
  };
  return t;
}

}  // namespace tdkt::core::limits
