// Argument parsing and output; no business logic lives here.
#include "cli/cli.hpp"

#include <algorithm>
#include <iostream>

#include "app/app.hpp"
#include "app/contest.hpp"
#include "app/forms.hpp"
#include "app/imports.hpp"
#include "app/packet.hpp"
#include "app/round.hpp"
#include "app/sheets.hpp"
#include "core/clock.hpp"
#include "core/files.hpp"
#include "text/format.hpp"
#include "text/names.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::cli {

using app::Outcome;
using core::Json;

namespace {

struct Args {
  std::vector<std::string> words;                         // positional
  std::vector<std::pair<std::string, std::string>> opts;  // --name value
  bool json = false, help = false;
  std::optional<std::string> opt(const std::string& n) const {
    std::optional<std::string> v;
    for (auto& [k, x] : opts)
      if (k == n) v = x;
    return v;
  }
};

int usage(const std::string& msg, const std::string& topic) {
  std::cerr << "tdkt: " << msg << "\n";
  std::cerr << "Xem: tdkt help" << (topic.empty() ? "" : " " + topic) << "\n";
  return app::kUsage;
}

int emit(const Outcome& o, bool json) {
  if (json) {
    Json out = o.result;
    Json diags = Json::array();
    for (auto& d : o.diags.items()) {
      Json x = Json::object();
      x.set("severity", Json::string(d.severity == core::Severity::Error ? "error" : "warning"));
      x.set("message", Json::string(core::format(d)));
      diags.push(std::move(x));
    }
    out.set("diagnostics", std::move(diags));
    out.set("exit", Json::integer(o.exit));
    std::cout << core::to_json(out) << "\n";
  } else {
    std::cout << o.text << std::flush;
    if (!o.diags.empty()) std::cerr << o.diags.to_string();
  }
  return o.exit;
}

std::optional<core::Date> date_opt(const Args& a, int& rc) {
  auto s = a.opt("date");
  if (!s) return core::today();
  auto d = core::parse_date(*s);
  if (!d) rc = usage("ngày «" + *s + "» không hợp lệ; viết YYYY-MM-DD", "legal");
  return d;
}

int text_command(const Args& a) {
  auto& w = a.words;
  if (w.size() < 2) return usage("thiếu lệnh con của «text»", "text");
  const std::string& sub = w[1];
  auto need_number = [&](uint64_t& n) {
    if (w.size() < 3) return false;
    std::string s;
    for (char c : w[2])
      if (c != '.' && c != ' ') s += c;
    if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    n = std::stoull(s);
    return true;
  };
  Outcome o;
  if (sub == "words" || sub == "money") {
    uint64_t n;
    if (!need_number(n)) return usage("cần một số nguyên không âm (tối đa 19 chữ số)", "text");
    std::string r = sub == "words" ? text::number_to_words(n) : text::money_in_words(n);
    o.text = r + "\n";
    o.result.set("text", Json::string(r));
  } else if (sub == "date") {
    if (w.size() < 3) return usage("thiếu ngày", "text");
    auto d = core::parse_date(w[2]);
    if (!d) return usage("ngày «" + w[2] + "» không hợp lệ; viết YYYY-MM-DD", "text");
    auto place = a.opt("place");
    std::string r = place ? text::nd30_place_date(text::nfc(*place), *d) : text::nd30_date(*d);
    o.text = r + "\n";
    o.result.set("text", Json::string(r));
  } else if (sub == "docno") {
    if (w.size() < 4) return usage("cần SỐ và KÝ_HIỆU, ví dụ: tdkt text docno 5 TTr-UBND", "text");
    int n = std::atoi(w[2].c_str());
    if (n <= 0) return usage("số văn bản phải là số nguyên dương", "text");
    std::string type = w[3].substr(0, w[3].find('-'));
    if (!text::is_known_doc_type_abbrev(type))
      o.diags.warning({}, "",
                      "«" + type + "» không phải chữ viết tắt loại văn bản trong Phụ lục III NĐ 30/2020");
    std::string r = text::doc_number(n, w[3]);
    o.text = r + "\n";
    o.result.set("text", Json::string(r));
  } else if (sub == "name") {
    if (w.size() < 3) return usage("thiếu họ tên", "text");
    auto n = text::split_name(w[2]);
    o.text = "họ: " + n.ho + "\nđệm: " + n.dem + "\ntên: " + n.ten + "\n";
    o.result.set("ho", Json::string(n.ho));
    o.result.set("dem", Json::string(n.dem));
    o.result.set("ten", Json::string(n.ten));
  } else if (sub == "sort") {
    text::ToneOrder order;
    if (auto t = a.opt("tones"); t && !text::ToneOrder::parse(*t, order))
      return usage("thứ tự dấu «" + *t + "» không hợp lệ; cần đủ 6 tên: ngang,huyen,hoi,nga,sac,nang",
                   "text");
    std::vector<std::string> names;
    std::string line;
    int ln = 0;
    while (std::getline(std::cin, line)) {
      ++ln;
      core::Diagnostics d;
      if (!text::check_utf8(line, "<stdin>:" + std::to_string(ln), d)) {
        emit(Outcome{app::kInvalidInput, d, Json::object(), ""}, a.json);
        return app::kInvalidInput;
      }
      auto s = text::fold_spaces(text::nfc(line));
      if (!s.empty()) names.push_back(s);
    }
    text::sort_names(names, order);
    Json arr = Json::array();
    for (auto& n : names) {
      o.text += n + "\n";
      arr.push(Json::string(n));
    }
    o.result.set("names", std::move(arr));
  } else {
    return usage("lệnh con «" + sub + "» không có", "text");
  }
  return emit(o, a.json);
}

std::optional<int64_t> parse_id(const std::string& s) {
  if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoll(s);
}
// --dossier SỐ: false when it is given but is not a number; out stays empty when it is not given.
bool opt_dossier(const Args& a, std::optional<int64_t>& out) {
  auto d = a.opt("dossier");
  if (!d) return true;
  out = parse_id(*d);
  return out.has_value();
}
std::vector<std::string> all_opts(const Args& a, const std::string& name) {
  std::vector<std::string> v;
  for (auto& [k, x] : a.opts)
    if (k == name) v.push_back(x);
  return v;
}
// "--vote 12:5" pairs; false with a usage message on a malformed one.
bool parse_votes(const Args& a, std::vector<std::pair<int64_t, int>>& out, std::string& bad) {
  for (auto& v : all_opts(a, "vote")) {
    auto colon = v.find(':');
    auto id = colon == std::string::npos ? std::nullopt : parse_id(v.substr(0, colon));
    auto n = colon == std::string::npos ? std::nullopt : parse_id(v.substr(colon + 1));
    if (!id || !n) {
      bad = v;
      return false;
    }
    out.emplace_back(*id, static_cast<int>(*n));
  }
  return true;
}
std::vector<std::pair<std::string, std::string>> absences(const Args& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto& v : all_opts(a, "absent")) {
    auto eq = v.find('=');
    out.emplace_back(text::nfc(v.substr(0, eq)), eq == std::string::npos ? "" : text::nfc(v.substr(eq + 1)));
  }
  return out;
}

int contest_command(const Args& a, const app::Context& ctx) {
  const auto& w = a.words;
  const std::string sub = w.size() > 1 ? w[1] : "";
  auto need = [&](const char* name) { return a.opt(name).value_or(""); };
  const char* how =
      "cách dùng: tdkt contest import THỂ_LỆ.json | entry add --movement MÃ --title TÊN --topic SỐ --author "
      "person:MÃ … "
      "| entries --movement MÃ [--blind] | score --movement MÃ --judge \"Họ tên\" (--entry MÃ_BÀI --points "
      "TIÊU_CHÍ=ĐIỂM … | --file PHIẾU.csv) "
      "| results | decide --order MÃ,MÃ --note CĂN_CỨ | establish | sheets | award [--place NƠI_HỌP] "
      "--movement MÃ";
  if (sub == "import") {
    if (w.size() != 3) return usage("cần đúng một tệp thể lệ", "contest");
    return emit(app::contest_import(ctx, w[2]), a.json);
  }
  if (!a.opt("movement")) return usage(std::string("cần --movement MÃ. ") + how, "contest");
  std::string m = need("movement");
  if (sub == "entry" && w.size() == 3 && w[2] == "add") {
    app::EntryInput e;
    e.title = need("title");
    e.summary = need("summary");
    e.file = need("file");
    auto topic = parse_id(need("topic"));
    if (!topic) return usage("--topic cần số thứ tự nội dung dự thi của kế hoạch (1, 2, …)", "contest");
    e.topic = static_cast<int>(*topic);
    e.authors = all_opts(a, "author");
    return emit(app::contest_entry_add(ctx, m, e), a.json);
  }
  if (sub == "entries") return emit(app::contest_entries(ctx, m, a.opt("blind").has_value()), a.json);
  if (sub == "score") {
    if (!a.opt("judge")) return usage("cần --judge \"Họ tên giám khảo\"", "contest");
    if (a.opt("file")) return emit(app::contest_score_file(ctx, m, need("judge"), need("file")), a.json);
    if (!a.opt("entry")) return usage("cần --entry MÃ_BÀI hoặc --file PHIẾU.csv", "contest");
    std::map<std::string, double> points;
    for (auto& p : all_opts(a, "points")) {
      auto eq = p.find('=');
      std::string v = eq == std::string::npos ? "" : p.substr(eq + 1);
      std::replace(v.begin(), v.end(), ',', '.');
      char* end = nullptr;
      double x = v.empty() ? 0 : std::strtod(v.c_str(), &end);
      if (eq == std::string::npos || eq == 0 || v.empty() || *end)
        return usage("--points «" + p + "» phải có dạng TIÊU_CHÍ=ĐIỂM, ví dụ tinh-moi=25", "contest");
      points[p.substr(0, eq)] = x;
    }
    return emit(app::contest_score(ctx, m, need("judge"), need("entry"), points), a.json);
  }
  if (sub == "results") return emit(app::contest_results(ctx, m), a.json);
  if (sub == "decide") {
    std::vector<std::string> order;
    std::string list = need("order");
    for (size_t p = 0; p < list.size();) {
      size_t q = list.find(',', p);
      if (q == std::string::npos) q = list.size();
      std::string code = text::fold_spaces(list.substr(p, q - p));
      if (!code.empty()) order.push_back(code);
      p = q + 1;
    }
    return emit(app::contest_decide(ctx, m, order, need("note")), a.json);
  }
  if (sub == "establish") return emit(app::contest_establish(ctx, m), a.json);
  if (sub == "sheets") return emit(app::contest_sheets(ctx, m), a.json);
  if (sub == "award") return emit(app::contest_award(ctx, m, need("place")), a.json);
  return usage(how, "contest");
}

int round_command(const Args& a, const app::Context& ctx) {
  const auto& w = a.words;
  const std::string cmd = w[0], sub = w.size() > 1 ? w[1] : "";
  auto need = [&](const char* name) { return a.opt(name).value_or(""); };
  if (cmd == "user") {
    if (sub == "add" && w.size() == 3) {
      if (!a.opt("role")) return usage("cần --role", "user");
      return emit(app::user_add(ctx, w[2], need("role"), need("unit"), need("title")), a.json);
    }
    if (sub == "list") return emit(app::user_list(ctx), a.json);
    return usage(
        "cách dùng: tdkt user add HỌ_TÊN --role VAI_TRÒ [--unit MÃ] [--title CHỨC_DANH] | tdkt user list",
        "user");
  }
  if (cmd == "workflow") {
    if (sub != "diagram") return usage("cách dùng: tdkt workflow diagram [--format dot]", "workflow");
    return emit(app::workflow_diagram(need("format") == "dot"), a.json);
  }
  if (cmd == "nomination") {
    bool by_dossier = a.opt("dossier") && w.size() == 2 && parse_id(need("dossier"));
    if (sub != "confirm" || !(by_dossier || (w.size() == 3 && parse_id(w[2]))) || !a.opt("criterion") ||
        (need("result") != "dat" && need("result") != "khong_dat"))
      return usage(
          "cách dùng: tdkt nomination confirm (SỐ_ĐỀ_NGHỊ | --dossier SỐ_HỒ_SƠ) --criterion MÃ --result "
          "dat|khong_dat [--note GHI_CHÚ]",
          "nomination");
    if (by_dossier)
      return emit(app::dossier_confirm(ctx, *parse_id(need("dossier")), need("criterion"),
                                       need("result") == "dat", need("note")),
                  a.json);
    return emit(app::nomination_confirm(ctx, *parse_id(w[2]), need("criterion"), need("result") == "dat",
                                        need("note")),
                a.json);
  }
  if (cmd == "council") {
    if (sub == "member" && w.size() == 4 && w[2] == "add") {
      if (!a.opt("movement")) return usage("cần --movement MÃ", "council");
      return emit(app::council_member_add(ctx, need("movement"), w[3], need("position"),
                                          a.opt("role").value_or("uy_vien")),
                  a.json);
    }
    if (sub == "vote" && w.size() == 2) {
      if (!a.opt("movement") || !a.opt("round") || !a.opt("date"))
        return usage("cần --movement, --round và --date", "council");
      app::MeetingInput m;
      m.date = need("date");
      m.place = need("place");
      m.absences = absences(a);
      std::string bad;
      if (!parse_votes(a, m.votes, bad))
        return usage("--vote «" + bad + "» phải có dạng SỐ_ĐỀ_NGHỊ:SỐ_PHIẾU_ĐỒNG_Ý", "council");
      if (m.votes.empty()) return usage("cần ít nhất một --vote SỐ_ĐỀ_NGHỊ:SỐ_PHIẾU", "council");
      return emit(app::council_vote(ctx, need("movement"), need("round"), m), a.json);
    }
    if (sub == "report" && w.size() == 2) {
      if (!a.opt("movement") || !a.opt("round") || !a.opt("office"))
        return usage("cần --movement, --round và --office MÃ_CƠ_QUAN_THẨM_ĐỊNH", "council");
      return emit(app::council_report(ctx, need("movement"), need("round"), need("office"), need("signer"),
                                      need("title")),
                  a.json);
    }
    if (sub == "minutes" && w.size() == 2) {
      if (!a.opt("movement") || !a.opt("round")) return usage("cần --movement và --round", "council");
      return emit(app::council_minutes(ctx, need("movement"), need("round")), a.json);
    }
    return usage(
        "cách dùng: tdkt council member add HỌ_TÊN --movement MÃ [--position CHỨC_VỤ] [--role "
        "chu_tich|pho_chu_tich|uy_vien|thu_ky]"
        " | tdkt council report --movement MÃ --round ĐỢT --office MÃ [--signer HỌ_TÊN] [--title CHỨC_VỤ]"
        " | tdkt council vote --movement MÃ --round ĐỢT --date NGÀY --vote SỐ:PHIẾU … [--absent \"Tên=ý "
        "kiến\"]"
        " | tdkt council minutes --movement MÃ --round ĐỢT",
        "council");
  }
  if (cmd == "decision") {
    if (sub != "issue" || !a.opt("movement") || !a.opt("round"))
      return usage("cách dùng: tdkt decision issue --movement MÃ --round ĐỢT [--dossier SỐ …]", "decision");
    std::vector<int64_t> ids;
    for (auto& d : all_opts(a, "dossier")) {
      auto id = parse_id(d);
      if (!id) return usage("--dossier cần số hồ sơ", "decision");
      ids.push_back(*id);
    }
    return emit(app::decision_issue(ctx, need("movement"), need("round"), ids), a.json);
  }
  if (cmd == "eligibility" || cmd == "check") {
    size_t at = cmd == "check" ? 2 : 1;
    if (w.size() != at + 1 || !a.opt("round") || !a.opt("award"))
      return usage(
          "cách dùng: tdkt eligibility MÃ_PHONG_TRÀO --round ĐỢT --award HÌNH_THỨC [--subject "
          "agency:MÃ|person:MÃ]",
          "eligibility");
    return emit(app::eligibility(ctx, w[at], need("round"), need("award"), need("subject")), a.json);
  }
  // dossier
  if (sub == "create") {
    if (!a.opt("movement") || !a.opt("unit") || !a.opt("round"))
      return usage("cần --movement, --unit và --round", "dossier");
    return emit(app::dossier_create(ctx, need("movement"), need("unit"), need("round")), a.json);
  }
  if (sub == "list") return emit(app::dossier_list(ctx, need("movement"), need("round")), a.json);
  if (w.size() < 3 || !parse_id(w[2])) return usage("cần số hồ sơ, ví dụ: tdkt dossier show 3", "dossier");
  int64_t id = *parse_id(w[2]);
  if (sub == "show") return emit(app::dossier_show(ctx, id), a.json);
  if (sub == "generate") return emit(app::dossier_generate(ctx, id), a.json);
  if (sub == "appraise") {
    std::vector<int64_t> ids = {id};
    for (size_t i = 3; i < w.size(); ++i) {
      auto more = parse_id(w[i]);
      if (!more) return usage("số hồ sơ «" + w[i] + "» không hợp lệ", "dossier");
      ids.push_back(*more);
    }
    return emit(app::dossier_appraise(ctx, ids), a.json);
  }
  if (sub == "nominate") {
    if (!a.opt("award") || !a.opt("subject"))
      return usage("cần --award HÌNH_THỨC và --subject agency:MÃ|person:MÃ", "dossier");
    return emit(app::dossier_nominate(ctx, id, need("award"), need("subject"), need("summary")), a.json);
  }
  if (sub == "meeting") {
    app::MeetingInput m;
    m.date = need("date");
    auto members = parse_id(need("members")), present = parse_id(need("present"));
    if (m.date.empty() || !members || !present)
      return usage("cần --date NGÀY --members TỔNG_SỐ --present CÓ_MẶT và --vote SỐ:PHIẾU cho từng đề nghị",
                   "dossier");
    m.members = static_cast<int>(*members);
    m.present = static_cast<int>(*present);
    m.chair = need("chair");
    m.secretary = need("secretary");
    m.place = need("place");
    m.absences = absences(a);
    std::string bad;
    if (!parse_votes(a, m.votes, bad))
      return usage("--vote «" + bad + "» phải có dạng SỐ_ĐỀ_NGHỊ:SỐ_PHIẾU_ĐỒNG_Ý", "dossier");
    return emit(app::dossier_meeting(ctx, id, m), a.json);
  }
  if (sub == "attach") {
    if (a.opt("folder") && !a.opt("nomination") && w.size() == 3)
      return emit(app::dossier_attach_folder(ctx, id, need("folder")), a.json);
    auto n = parse_id(need("nomination"));
    if (!n || w.size() != 4)
      return usage(
          "cách dùng: tdkt dossier attach SỐ_HỒ_SƠ --nomination SỐ_ĐỀ_NGHỊ TỆP | tdkt dossier attach "
          "SỐ_HỒ_SƠ --folder THƯ_MỤC",
          "dossier");
    return emit(app::dossier_attach(ctx, id, *n, w[3]), a.json);
  }
  if (sub == "act") {
    if (w.size() != 4)
      return usage(
          "cách dùng: tdkt dossier act SỐ_HỒ_SƠ THAO_TÁC --as VAI_TRÒ:HỌ_TÊN [--reason LÝ_DO] "
          "[--expect-version N]",
          "dossier");
    std::optional<int64_t> version;
    if (auto v = a.opt("expect-version")) {
      version = parse_id(*v);
      if (!version) return usage("--expect-version cần một số", "dossier");
    }
    return emit(app::dossier_act(ctx, id, w[3], need("reason"), version), a.json);
  }
  return usage("lệnh con «" + sub + "» không có", "dossier");
}

}  // namespace

int run(const std::vector<std::string>& argv) {
  Args a;
  // Options that take a value; everything else starting with "--" is a flag.
  static const std::vector<std::string> valued = {
      "db",         "now",       "legal",   "as",        "unit",
      "date",       "subject",   "place",   "tones",     "movement",
      "data",       "to",        "o",       "templates", "breaks",
      "round",      "award",     "summary", "reason",    "expect-version",
      "nomination", "members",   "present", "vote",      "absent",
      "chair",      "secretary", "role",    "title",     "position",
      "criterion",  "result",    "note",    "dossier",   "format",
      "sort",       "sheet",     "mark",    "decision",  "folder",
      "office",     "signer",    "title",   "topic",     "author",
      "judge",      "entry",     "points",  "file",      "order"};
  // Options without a value.
  static const std::vector<std::string> flags = {"stream", "good-rows-only", "blind"};
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s == "--json") {
      a.json = true;
      continue;
    }
    if (s == "-h" || s == "--help") {
      a.help = true;
      continue;
    }
    if (s == "--version") {
      std::cout << "tdkt " << core::version() << "\n";
      return 0;
    }
    if (s == "-o") {
      if (i + 1 >= argv.size()) return usage("tùy chọn -o cần một giá trị", "");
      a.opts.emplace_back("o", argv[++i]);
      continue;
    }
    if (s.rfind("--", 0) == 0 && s.size() > 2) {
      std::string name = s.substr(2), value;
      auto eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      } else if (std::find(valued.begin(), valued.end(), name) != valued.end()) {
        if (i + 1 >= argv.size()) return usage("tùy chọn --" + name + " cần một giá trị", "");
        value = argv[++i];
      }
      bool is_flag = std::find(flags.begin(), flags.end(), name) != flags.end();
      if (is_flag && eq != std::string::npos) return usage("tùy chọn --" + name + " không nhận giá trị", "");
      if (!is_flag && std::find(valued.begin(), valued.end(), name) == valued.end())
        return usage("tùy chọn không có: --" + name, "");
      a.opts.emplace_back(name, value);
      continue;
    }
    a.words.push_back(s);
  }
  for (auto& w : a.words) {
    core::Diagnostics d;
    if (!text::check_utf8(w, "<tham số dòng lệnh>", d)) {
      std::cerr << d.to_string();
      return app::kUsage;
    }
  }

  if (a.words.empty() || a.words[0] == "help") {
    std::string topic = a.words.size() > 1 ? a.words[1] : "";
    std::string h = help_text(topic);
    if (h.empty()) return usage("không có trợ giúp cho «" + topic + "»", "");
    std::cout << h;
    return a.words.empty() && !a.help ? app::kUsage : 0;
  }
  const std::string& cmd = a.words[0];
  if (a.help) {
    std::string h = help_text(cmd);
    std::cout << (h.empty() ? help_text("") : h);
    return 0;
  }

  if (auto now = a.opt("now"); now && !core::set_fixed_now(*now))
    return usage("--now «" + *now + "» không hợp lệ; viết YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM:SS", "");
  app::Context ctx;
  if (auto db = a.opt("db")) ctx.db_path = *db;
  if (auto t = a.opt("tones")) {
    text::ToneOrder probe;
    if (!text::ToneOrder::parse(*t, probe))
      return usage("--tones «" + *t + "» không hợp lệ; cần đủ 6 tên: ngang,huyen,hoi,nga,sac,nang", "");
    ctx.tones = *t;
  }
  for (auto& [k, v] : a.opts)
    if (k == "legal") ctx.legal_overrides.push_back(v);
  if (auto as = a.opt("as")) {
    auto colon = as->find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == as->size())
      return usage("--as cần dạng VAI_TRÒ:TÊN, ví dụ --as can_bo_tdkt:\"Nguyễn Thị Hoa\"", "");
    ctx.actor = {text::nfc(as->substr(colon + 1)), as->substr(0, colon)};
  }
  const std::string sub = a.words.size() > 1 ? a.words[1] : "";
  auto rest = [&](size_t from) {
    return std::vector<std::string>(a.words.begin() + static_cast<long>(std::min(from, a.words.size())),
                                    a.words.end());
  };

  if (cmd == "init") return emit(app::init_workspace(ctx), a.json);
  if (cmd == "movement") {
    if (sub == "validate" || sub == "import") {
      auto files = rest(2);
      if (files.empty()) return usage("cần ít nhất một tệp", "movement");
      return emit(sub == "validate" ? app::movement_validate(files) : app::movement_import(ctx, files),
                  a.json);
    }
    if (sub == "list") return emit(app::movement_list(ctx), a.json);
    if (sub == "status" && a.words.size() == 3)
      return emit(app::movement_status(ctx, a.words[2], a.opt("round").value_or("")), a.json);
    if (sub == "date" && a.words.size() == 5) {
      if (!a.opt("round")) return usage("cần --round ĐỢT", "movement");
      return emit(app::movement_date(ctx, a.words[2], *a.opt("round"), a.words[3], a.words[4]), a.json);
    }
    if (sub == "show") {
      if (a.words.size() < 3) return usage("cần mã phong trào", "movement");
      return emit(app::movement_show(ctx, a.words[2]), a.json);
    }
    return usage(sub.empty() ? "thiếu lệnh con của «movement»" : "lệnh con «" + sub + "» không có",
                 "movement");
  }
  if (cmd == "data") {
    if (sub != "import" || a.words.size() != 3) return usage("cách dùng: tdkt data import TỆP", "data");
    return emit(app::data_import(ctx, a.words[2]), a.json);
  }
  if (cmd == "unit") {
    if (sub != "list") return usage("cách dùng: tdkt unit list", "unit");
    return emit(app::unit_list(ctx), a.json);
  }
  if (cmd == "person") {
    if (sub != "list") return usage("cách dùng: tdkt person list [--unit MÃ]", "person");
    return emit(app::person_list(ctx, a.opt("unit").value_or("")), a.json);
  }
  if (cmd == "legal") {
    int rc = 0;
    auto d = date_opt(a, rc);
    if (!d) return rc;
    if (sub == "show") return emit(app::legal_show(ctx, *d), a.json);
    if (sub == "money") {
      if (a.words.size() < 3) return usage("cần mã hình thức, ví dụ lao_dong_tien_tien", "legal");
      std::string subj = a.opt("subject").value_or("ca_nhan");
      if (subj != "ca_nhan" && subj != "tap_the" && subj != "ho_gia_dinh")
        return usage("--subject phải là ca_nhan, tap_the hoặc ho_gia_dinh", "legal");
      return emit(app::legal_money(ctx, a.words[2], subj, *d), a.json);
    }
    return usage("cách dùng: tdkt legal show|money …", "legal");
  }
  if (cmd == "audit") {
    if (sub != "verify") return usage("cách dùng: tdkt audit verify", "audit");
    return emit(app::audit_verify(ctx), a.json);
  }
  if (cmd == "check" && sub == "eligibility") return round_command(a, ctx);
  if (cmd == "check") return emit(app::workspace_check(ctx), a.json);
  if (cmd == "contest") return contest_command(a, ctx);
  if (cmd == "user" || cmd == "dossier" || cmd == "nomination" || cmd == "council" || cmd == "decision" ||
      cmd == "eligibility" || cmd == "workflow")
    return round_command(a, ctx);
  if (cmd == "forms") {
    if (sub == "list") return emit(app::forms_list(ctx), a.json);
    if (sub == "check") return emit(app::forms_check(ctx, a.opt("templates").value_or("")), a.json);
    if (sub == "styles") return emit(app::forms_styles(ctx), a.json);
    return usage("cách dùng: tdkt forms list | styles | check [--templates THƯ_MỤC]", "forms");
  }
  if (cmd == "render") {
    if (a.words.size() != 2)
      return usage("cách dùng: tdkt render MẪU (--movement MÃ | --data TỆP) --to docx|pdf|ir -o TỆP",
                   "render");
    app::RenderRequest r;
    r.form = a.words[1];
    r.movement = a.opt("movement").value_or("");
    r.data_file = a.opt("data").value_or("");
    r.to = a.opt("to").value_or("docx");
    r.out = a.opt("o").value_or("");
    r.templates_dir = a.opt("templates").value_or("");
    r.breaks = a.opt("breaks").value_or("first-fit");
    if (r.breaks != "first-fit" && r.breaks != "total-fit")
      return usage("--breaks phải là first-fit hoặc total-fit", "render");
    if (r.movement.empty() == r.data_file.empty())
      return usage("cần đúng một trong --movement MÃ hoặc --data TỆP", "render");
    if (r.to != "docx" && r.to != "pdf" && r.to != "ir" && r.to != "pageset" && r.to != "lines")
      return usage("--to phải là docx, pdf, ir, pageset hoặc lines", "render");
    if (r.out.empty())
      return usage("cần -o TỆP (với --to ir, pageset, lines có thể dùng -o - để in ra màn hình)", "render");
    if (r.out == "-" && (r.to == "docx" || r.to == "pdf"))
      return usage("tệp DOCX, PDF không in ra màn hình được: hãy dùng -o TỆP", "render");
    return emit(app::render_form(ctx, r), a.json);
  }
  if (cmd == "config") {
    if (sub == "list" && a.words.size() == 2) return emit(app::config_list(ctx), a.json);
    if (sub == "set" && a.words.size() == 4)
      return emit(app::config_set(ctx, a.words[2], a.words[3]), a.json);
    return usage("cách dùng: tdkt config list | tdkt config set KHÓA GIÁ_TRỊ", "config");
  }
  if (cmd == "packet") {
    if (sub == "verify") {
      if (a.words.size() != 3) return usage("cách dùng: tdkt packet verify TỆP.zip", "packet");
      return emit(app::packet_verify(ctx, a.words[2]), a.json);
    }
    if (a.words.size() != 2)
      return usage(
          "cách dùng: tdkt packet SỐ_HỒ_SƠ|qd:SỐ|ct:MÃ_CUỘC_THI -o TỆP.zip | tdkt packet verify TỆP.zip",
          "packet");
    return emit(app::packet_build(ctx, a.words[1], a.opt("o").value_or("")), a.json);
  }
  if (cmd == "import") {
    if (sub == "template") {
      if (a.words.size() != 3)
        return usage("cách dùng: tdkt import template nominations|people|units [--dossier SỐ] -o TỆP.xlsx",
                     "import");
      std::optional<int64_t> dossier;
      if (!opt_dossier(a, dossier)) return usage("--dossier cần số hồ sơ", "import");
      auto out = a.opt("o");
      if (!out) return usage("cần -o TỆP.xlsx", "import");
      return emit(app::import_template(ctx, a.words[2], dossier.value_or(0), *out), a.json);
    }
    if (a.words.size() != 3)
      return usage(
          "cách dùng: tdkt import nominations|people|units TỆP.xlsx|TỆP.csv [--dossier SỐ] [--sheet TRANG] "
          "[--good-rows-only] [--mark TỆP.xlsx]",
          "import");
    app::ImportRequest r;
    r.kind = sub;
    r.file = a.words[2];
    r.sheet = a.opt("sheet").value_or("");
    r.mark = a.opt("mark").value_or("");
    r.good_rows_only = a.opt("good-rows-only").has_value();
    std::optional<int64_t> dossier;
    if (!opt_dossier(a, dossier)) return usage("--dossier cần số hồ sơ", "import");
    if (dossier) r.dossier = *dossier;
    return emit(app::import_table(ctx, r), a.json);
  }
  if (cmd == "export") {
    if (sub != "workbook" || a.words.size() != 2)
      return usage("cách dùng: tdkt export workbook (--movement MÃ --round ĐỢT | --dossier SỐ) -o TỆP.xlsx",
                   "export");
    app::WorkbookRequest r;
    r.movement = a.opt("movement").value_or("");
    r.round = a.opt("round").value_or("");
    r.out = a.opt("o").value_or("");
    r.sort = a.opt("sort").value_or("don_vi");
    r.stream = a.opt("stream").has_value();
    std::optional<int64_t> dossier;
    if (!opt_dossier(a, dossier)) return usage("--dossier cần số hồ sơ", "export");
    if (dossier) {
      r.dossier = *dossier;
    } else if (r.movement.empty() || r.round.empty()) {
      return usage("cần --movement MÃ và --round ĐỢT (hoặc --dossier SỐ)", "export");
    }
    if (r.out.empty()) return usage("cần -o TỆP.xlsx", "export");
    return emit(app::export_workbook(ctx, r), a.json);
  }
  if (cmd == "text") return text_command(a);
  return usage("lệnh không có: «" + cmd + "»", "");
}

}  // namespace tdkt::cli
