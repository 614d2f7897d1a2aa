// Workspace settings (see settings.hpp).
#include "app/admin/settings.hpp"

#include "text/collate.hpp"
#include "text/normalize.hpp"

namespace tdkt::app {

const std::vector<SettingInfo>& known_settings() {
  static const std::vector<SettingInfo> v = {
      {"tone_order",
       "thứ tự dấu thanh khi xếp tên (6 tên: ngang,huyen,hoi,nga,sac,nang theo thứ tự mong muốn)",
       "ngang,huyen,hoi,nga,sac,nang"},
      {"templates_dir",
       "thư mục mẫu riêng của cơ quan (tệp cùng tên thay mẫu có sẵn); rỗng = chỉ dùng mẫu có sẵn", ""},
      {"ngay_nghi", "ngày nghỉ lễ, tết (YYYY-MM-DD cách nhau dấu phẩy) cho thời hạn tính theo ngày làm việc",
       ""},
      {"nguong_bieu_quyet",
       "ngưỡng đồng ý của Hội đồng (trên tổng số thành viên) khi văn bản pháp lý không quy định: >50 hoặc "
       ">=NN",
       ">50"},
      {"ty_le_hop_xet",
       "tỷ lệ % phiếu đồng ý trên tổng số thành viên để đơn vị giữ một đề nghị (phải vượt tỷ lệ này)", "50"},
      {"stt_theo_nhom",
       "Danh sách kèm Quyết định: 1 = số thứ tự bắt đầu lại ở mỗi nhóm (tập thể, cá nhân); 0 = đánh liền (số "
       "sổ "
       "vàng)",
       "0"},
      {"ca_nhan_truoc",
       "Danh sách kèm Tờ trình: 1 = nhóm cá nhân trước (mẫu Bộ Y tế, phần mềm cũ); 0 = tập thể trước như "
       "Quyết "
       "định",
       "0"},
      {"thu_muc_van_ban", "thư mục lưu văn bản của các hồ sơ; rỗng = thư mục van-ban cạnh tệp kho", ""},
  };
  return v;
}

std::string setting_problem(const std::string& key, const std::string& value) {
  if (key == "ngay_nghi" && !parse_date_list(value)) return "ngày dạng YYYY-MM-DD, cách nhau dấu phẩy";
  if (key == "nguong_bieu_quyet" && !parse_threshold(value))
    return "viết >50 (quá bán) hoặc >=80 (từ 80 % trở lên)";
  if (key == "ty_le_hop_xet" &&
      (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos ||
       std::stoi(value) > 100))
    return "một số nguyên từ 0 đến 100";
  if (key == "stt_theo_nhom" && value != "0" && value != "1") return "0 (đánh số liền) hoặc 1 (theo nhóm)";
  if (key == "ca_nhan_truoc" && value != "0" && value != "1")
    return "0 (tập thể trước) hoặc 1 (cá nhân trước)";
  text::ToneOrder t;
  if (key == "tone_order" && !text::ToneOrder::parse(value, t))
    return "cần đủ 6 tên: ngang,huyen,hoi,nga,sac,nang";
  return "";
}

std::optional<std::set<core::Date>> parse_date_list(const std::string& value) {
  std::set<core::Date> out;
  size_t i = 0;
  while (i < value.size()) {
    size_t j = value.find(',', i);
    if (j == std::string::npos) j = value.size();
    auto d = core::parse_date(text::fold_spaces(value.substr(i, j - i)));
    if (!d) return std::nullopt;
    out.insert(*d);
    i = j + 1;
  }
  return out;
}

std::optional<std::pair<int, bool>> parse_threshold(const std::string& value) {
  bool strict = value.rfind(">=", 0) != 0;
  std::string d = !strict ? value.substr(2) : value.rfind(">", 0) == 0 ? value.substr(1) : "";
  if (d.empty() || d.size() > 3 || d.find_first_not_of("0123456789") != std::string::npos ||
      std::stoi(d) > 100)
    return std::nullopt;
  return std::make_pair(std::stoi(d), strict);
}

}  // namespace tdkt::app
