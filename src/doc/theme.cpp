// NĐ 30/2020 Phụ lục I as styles: sizes, weights, alignment, indents and spacing of each element.
#include "doc/theme.hpp"

#include <unordered_map>

namespace tdkt::doc {

namespace {
StyleDef make(const std::string& name, const std::string& desc, Align a, int half_points, bool bold,
              bool italic, int first = 0, int after = 0, int before = 0) {
  StyleDef s;
  s.name = name;
  s.description = desc;
  s.para.align = a;
  s.para.first_line_twips = first;
  s.para.after_twips = after;
  s.para.before_twips = before;
  s.run.half_points = half_points;
  s.run.bold = bold;
  s.run.italic = italic;
  return s;
}
std::vector<StyleDef> build() {
  const int cm = 567;
  std::vector<StyleDef> v = {
      make("co-quan-chu-quan", "tên cơ quan chủ quản: IN HOA 13, đứng, không đậm", Align::Center, 26, false,
           false),
      make("co-quan", "tên cơ quan ban hành: IN HOA 13, đậm", Align::Center, 26, true, false),
      make("quoc-hieu", "Quốc hiệu: IN HOA 12, đậm", Align::Center, 24, true, false),
      make("tieu-ngu", "Tiêu ngữ: 13, đậm", Align::Center, 26, true, false),
      make("rule", "đường kẻ ngắn dưới tên cơ quan, tiêu ngữ", Align::Center, 4, false, false),
      make("rule-trich-yeu", "đường kẻ ngắn dưới trích yếu, cách dòng sau 6 pt", Align::Center, 4, false,
           false, 0, 120, 40),
      make("so", "Số, ký hiệu: 13, đứng", Align::Center, 26, false, false, 0, 0, 120),
      make("dia-danh", "địa danh và ngày: 13, nghiêng", Align::Center, 26, false, true, 0, 0, 120),
      make("ten-loai", "tên loại văn bản: IN HOA 14, đậm", Align::Center, 28, true, false, 0, 0, 360),
      make("trich-yeu", "trích yếu: 14, đậm", Align::Center, 28, true, false),
      make("can-cu", "căn cứ ban hành: 14, nghiêng, thụt đầu dòng 1 cm", Align::Justify, 28, false, true, cm,
           120),
      make("body", "nội dung: 14, căn đều, thụt đầu dòng 1 cm, cách đoạn 6 pt", Align::Justify, 28, false,
           false, cm, 120),
      make("h1", "đề mục La Mã: 14, đậm", Align::Justify, 28, true, false, cm, 120, 120),
      make("h2", "đề mục số: 14, đậm", Align::Justify, 28, true, false, cm, 120),
      make("h3", "đề mục chữ cái: 14, nghiêng", Align::Justify, 28, false, true, cm, 120),
      make("noi-nhan-label", "«Nơi nhận:» 12, đậm nghiêng", Align::Left, 24, true, true),
      make("noi-nhan", "danh sách nơi nhận: 11, đứng", Align::Left, 22, false, false),
      make("chuc-vu", "quyền hạn, chức vụ người ký: IN HOA 14, đậm", Align::Center, 28, true, false),
      make("ky-ten", "họ tên người ký: 14, đậm", Align::Center, 28, true, false, 0, 0, 1440 + 360),
      make("page-number", "số trang ở lề trên, giữa: 14", Align::Center, 28, false, false),
      make("kinh-gui", "«Kính gửi:» một nơi nhận, cùng dòng: 14", Align::Center, 28, false, false, 0, 120,
           120),
      make("kem-theo", "«(Kèm theo … số … ngày … của …)»: 14, nghiêng", Align::Center, 28, false, true, 0,
           120),
      make("tham-quyen", "thẩm quyền ban hành quyết định: IN HOA 14, đậm", Align::Center, 28, true, false, 0,
           120, 120),
      make("quyet-dinh", "«QUYẾT ĐỊNH:» 14, đậm", Align::Center, 28, true, false, 0, 120, 120),
      make("chu-ky-ghi-chu", "(Ký, ghi rõ họ tên) dưới chức danh: 13, nghiêng", Align::Center, 26, false,
           true),
      make("cell-b", "chữ đậm trong bảng (nhóm, đơn vị): 13", Align::Left, 26, true, false, 0, 60, 60),
      make("cell-right", "số trong bảng, căn phải: 13", Align::Right, 26, false, false, 0, 60, 60),
      make("gk-quoc-hieu", "giấy khen: Quốc hiệu 13 đậm", Align::Center, 26, true, false, 0, 0, 600),
      make("gk-tieu-ngu", "giấy khen: Tiêu ngữ 14 đậm", Align::Center, 28, true, false),
      make("gk-chuc-vu", "giấy khen: chức vụ người khen IN HOA đậm, đỏ", Align::Center, 30, true, false, 0, 0,
           720),
      make("gk-tang", "giấy khen: «TẶNG» IN HOA đậm", Align::Center, 30, true, false, 0, 0, 120),
      make("gk-hinh-thuc", "giấy khen: tên hình thức IN HOA đậm, đỏ", Align::Center, 56, true, false, 0, 360,
           120),
      make("gk-ten", "giấy khen: tên người, tập thể được khen, đậm", Align::Center, 36, true, false, 0, 60),
      make("gk-noi-dung", "giấy khen: chức vụ, đơn vị, thành tích", Align::Center, 30, false, false, 0, 120),
      make("gk-so", "giấy khen: số quyết định, số sổ vàng: nghiêng, đậm", Align::Left, 26, true, true, 0, 0,
           120),
      make("gk-ngay", "giấy khen: địa danh, ngày: nghiêng, đậm", Align::Center, 28, true, true, 0, 0, 120),
      make("gk-ky", "giấy khen: chức vụ người ký IN HOA đậm", Align::Center, 28, true, false),
      make("cell", "chữ trong bảng: 13", Align::Left, 26, false, false, 0, 60, 60),
      make("cell-center", "chữ trong bảng, giữa: 13", Align::Center, 26, false, false, 0, 60, 60),
      make("cell-head", "tiêu đề cột: 13, đậm, giữa", Align::Center, 26, true, false, 0, 60, 60),
  };
  for (auto& s : v) {
    if (s.name == "gk-chuc-vu" || s.name == "gk-hinh-thuc") s.run.color = "C00000";
    if (s.name == "trich-yeu" || s.name == "ten-loai" || s.name == "h1" || s.name == "h2" || s.name == "h3")
      s.para.keep_next = true;
    if (s.name == "chuc-vu" || s.name == "noi-nhan-label" || s.name == "rule-trich-yeu")
      s.para.keep_next = true;
    if (s.name.rfind("rule", 0) == 0) s.para.line_240ths = 240;
  }
  return v;
}
}  // namespace

const std::vector<StyleDef>& theme() {
  static const std::vector<StyleDef> t = build();
  return t;
}
const StyleDef* theme_style(const std::string& name) {
  static const std::unordered_map<std::string, const StyleDef*> index = [] {
    std::unordered_map<std::string, const StyleDef*> m;
    for (auto& s : theme()) m.emplace(s.name, &s);
    return m;
  }();
  auto it = index.find(name);
  return it == index.end() ? nullptr : it->second;
}
PageSetup page_setup(bool landscape) {
  PageSetup p;
  if (landscape) {
    p.landscape = true;
    std::swap(p.width_twips, p.height_twips);
    p.top_twips = p.bottom_twips = p.left_twips = p.right_twips = twips_from_mm(15);
    p.page_numbers = false;
  }
  return p;
}
int text_width_twips(const PageSetup& p) {
  return p.width_twips - p.left_twips - p.right_twips;
}

}  // namespace tdkt::doc
