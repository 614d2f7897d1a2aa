// One test per row of the table of limits (core/limits.hpp): input at the limit is accepted, one more is
// refused with an error naming the place. A row without a probe here fails the test, so the table and the
// readers cannot drift apart. Where the limit is large (hundreds of megabytes, half a million paragraphs) the
// probe runs the same code with the reader's option set lower, and checks that the option's default is the
// table's value.
#include "core/limits.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "../support/temp_dir.hpp"
#include "core/json.hpp"
#include "expr/expr.hpp"
#include "intake/sheet.hpp"
#include "layout/font.hpp"
#include "layout/layout.hpp"
#include "packet/packet.hpp"
#include "text/json_file.hpp"
#include "tmpl/template.hpp"

using namespace tdkt;
using core::Json;
namespace L = core::limits;

namespace {

// What a probe of one size gives: accepted, or the errors it printed.
struct Result {
  bool ok;
  std::string errors;
};
using Probe = std::function<Result(uint64_t n, test::TempDir& dir)>;

std::string rep(const std::string& s, uint64_t n) {
  std::string o;
  for (uint64_t i = 0; i < n; ++i) o += s;
  return o;
}
Result of(bool ok, const core::Diagnostics& d) {
  return {ok && !d.has_errors(), d.to_string()};
}

Result tmpl_text(const std::string& src, tmpl::Options o = {}) {
  core::Diagnostics d;
  Json data = Json::object();
  Json items = Json::array();
  data.set("ds", items);
  auto doc = tmpl::render_text(src, "mau.xml", data, o, d);
  return of(doc.has_value(), d);
}
Result with_list(const std::string& body, uint64_t items, tmpl::Options o = {}) {
  core::Diagnostics d;
  Json data = Json::object();
  Json l = Json::array();
  for (uint64_t i = 0; i < items; ++i) l.push(Json::integer(static_cast<int64_t>(i)));
  data.set("ds", l);
  auto doc = tmpl::render_text(body, "mau.xml", data, o, d);
  return of(doc.has_value(), d);
}
void write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}
// A zip of n members (name i.txt, content c), or one member of `size` zero bytes.
void zip_of(const std::string& path, uint64_t n, const std::string& c) {
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, nullptr);
  for (uint64_t i = 0; i < n; ++i) {
    auto* src = zip_source_buffer(z, c.data(), c.size(), 0);
    zip_file_add(z, (std::to_string(i) + ".txt").c_str(), src, 0);
  }
  zip_close(z);
}
Result xlsx(const std::string& path, const intake::Limits& lim) {
  core::Diagnostics d;
  auto s = intake::read_xlsx(path, "", d, lim);
  return of(s.has_value(), d);
}
std::string csv_rows(uint64_t n) {
  return "a\n" + rep("x\n", n - 1);
}

const std::map<std::string, Probe>& probes() {
  static const std::map<std::string, Probe> p = {
      {"json.file_bytes",
       [](uint64_t n, test::TempDir& t) {
         write(t.path("a.json"), "[1" + std::string(n - 3, ' ') + "]");
         core::Diagnostics d;
         return of(text::read_json_file(t.path("a.json"), d).has_value(), d);
       }},
      {"json.depth",
       [](uint64_t n, test::TempDir&) {
         core::Diagnostics d;
         return of(core::parse_json(rep("[", n) + rep("]", n), "a.json", d).has_value(), d);
       }},
      {"template.file_bytes",
       [](uint64_t n, test::TempDir&) {
         std::string head = "<template><p>x</p><!--", tail = "--></template>";
         return tmpl_text(head + std::string(n - head.size() - tail.size(), ' ') + tail);
       }},
      {"template.nesting",  // n levels: n - 1 conditions and the paragraph inside them
       [](uint64_t n, test::TempDir&) {
         return tmpl_text("<template>" + rep("<if test=\"true\">", n - 1) + "<p>x</p>" + rep("</if>", n - 1) +
                          "</template>");
       }},
      {"template.include_depth",
       [](uint64_t n, test::TempDir& t) {
         for (uint64_t k = 1; k <= n; ++k)
           write(t.path("p" + std::to_string(k) + ".xml"),
                 "<partial>" +
                     (k < n ? "<include src=\"p" + std::to_string(k + 1) + ".xml\"/>" : "<p>x</p>") +
                     "</partial>");
         tmpl::Options o;
         o.root = t.dir().string();
         return tmpl_text("<template><include src=\"p1.xml\"/></template>", o);
       }},
      {"template.includes",
       [](uint64_t n, test::TempDir& t) {
         write(t.path("p.xml"), "<partial><p>x</p></partial>");
         tmpl::Options o;
         o.root = t.dir().string();
         return tmpl_text("<template>" + rep("<include src=\"p.xml\"/>", n) + "</template>", o);
       }},
      {"template.loop_items",
       [](uint64_t n, test::TempDir&) {
         return with_list("<template><for each=\"x in ds\"></for><p>x</p></template>", n);
       }},
      {"template.blocks",
       [](uint64_t n, test::TempDir&) {
         tmpl::Options o;
         EXPECT_EQ(o.max_blocks, L::kBlocks);
         o.max_blocks = 1000;
         return with_list("<template><for each=\"x in ds\"><p>{{ x }}</p></for></template>",
                          n - L::kBlocks + 1000, o);
       }},
      {"template.steps",  // a loop over n - 1 items that makes nothing, and its own element
       [](uint64_t n, test::TempDir&) {
         tmpl::Options o;
         o.max_loop_items = L::kSteps;
         return with_list("<template><for each=\"x in ds\"></for></template>", n - 1, o);
       }},
      {"expr.bytes",
       [](uint64_t n, test::TempDir&) {
         expr::ParseError e{};
         bool ok = expr::parse("1" + std::string(n - 1, ' '), e) != nullptr;
         return Result{ok, e.message};
       }},
      {"expr.depth",
       [](uint64_t n, test::TempDir&) {
         expr::ParseError e{};
         bool ok = expr::parse(rep("(", n) + "1" + rep(")", n), e) != nullptr;
         return Result{ok, e.message};
       }},
      {"document.pages",
       [](uint64_t n, test::TempDir&) {
         layout::Options o;
         EXPECT_EQ(o.max_pages, L::kPages);
         o.max_pages = 3;
         core::Diagnostics d;
         Json data = Json::object();
         Json l = Json::array();
         for (uint64_t i = 0; i < n - L::kPages + 3; ++i) l.push(Json::integer(static_cast<int64_t>(i)));
         data.set("ds", l);
         auto doc =
             tmpl::render_text("<template><for each=\"x in ds\"><page-break/><p>{{ x }}</p></for></template>",
                               "mau.xml", data, {}, d);
         if (!doc) return Result{false, d.to_string()};
         try {
           layout::paginate(*doc, layout::FontSet::in(std::string(TDKT_SOURCE_DIR) + "/fonts"), o);
           return Result{true, ""};
         } catch (const core::Error& e) {
           return Result{false, e.what()};
         }
       }},
      {"list.file_bytes",
       [](uint64_t n, test::TempDir& t) {
         intake::Limits lim;
         EXPECT_EQ(lim.max_total, L::kListBytes);
         lim.max_total = 1000;
         write(t.path("ds.csv"), "a\n" + std::string(n - L::kListBytes + 1000 - 2, 'x'));
         core::Diagnostics d;
         return of(intake::read(t.path("ds.csv"), "", d, lim).has_value(), d);
       }},
      {"list.zip_entries",
       [](uint64_t n, test::TempDir& t) {
         zip_of(t.path("a.xlsx"), n, "x");
         auto r = xlsx(t.path("a.xlsx"), {});
         // At the limit the entries pass; the file then lacks its parts (refused for that, not its size).
         if (!r.ok && r.errors.find("thành phần, quá giới hạn") == std::string::npos) r.ok = true;
         return r;
       }},
      {"list.zip_member_bytes",
       [](uint64_t n, test::TempDir& t) {
         intake::Limits lim;
         EXPECT_EQ(lim.max_member, L::kZipMemberBytes);
         lim.max_member = 4096;
         zip_of(t.path("a.xlsx"), 1, std::string(n - L::kZipMemberBytes + 4096, 'x'));
         auto r = xlsx(t.path("a.xlsx"), lim);
         if (!r.ok && r.errors.find("quá giới hạn") == std::string::npos) r.ok = true;
         return r;
       }},
      {"list.zip_ratio",  // a 2 MB member of one letter compresses far more: the limit set around its ratio
       [](uint64_t n, test::TempDir& t) {
         zip_of(t.path("a.xlsx"), 1, std::string(2u << 20, 'x'));
         zip_t* z = zip_open(t.path("a.xlsx").c_str(), ZIP_RDONLY, nullptr);
         zip_stat_t st;
         zip_stat_index(z, 0, 0, &st);
         zip_discard(z);
         uint64_t ratio = st.size / st.comp_size;  // the reader compares in whole numbers
         intake::Limits lim;
         EXPECT_EQ(lim.max_ratio, L::kZipRatio);
         lim.max_ratio = ratio + (L::kZipRatio - n);  // n = limit: ratio allowed; n = limit + 1: one less
         auto r = xlsx(t.path("a.xlsx"), lim);
         if (!r.ok && r.errors.find("nén") == std::string::npos) r.ok = true;
         return r;
       }},
      {"list.rows",
       [](uint64_t n, test::TempDir&) {
         core::Diagnostics d;
         return of(intake::read_csv_text("ds.csv", csv_rows(n), d).has_value(), d);
       }},
      {"list.columns",
       [](uint64_t n, test::TempDir&) {
         core::Diagnostics d;
         std::string line = "c" + rep(",c", n - 1) + "\n";
         return of(intake::read_csv_text("ds.csv", line, d).has_value(), d);
       }},
      {"list.cell_chars",
       [](uint64_t n, test::TempDir&) {
         core::Diagnostics d;
         return of(intake::read_csv_text("ds.csv", "a\n" + rep("ệ", n) + "\n", d).has_value(), d);
       }},
      {"packet.entries",
       [](uint64_t n, test::TempDir& t) {
         zip_of(t.path("p.zip"), n, "x");
         Json m;
         core::Diagnostics d;
         packet::verify(t.path("p.zip"), m, d);
         // No manifest either way; only the count decides here.
         bool over = d.to_string().find("tệp, quá giới hạn") != std::string::npos;
         return Result{!over, d.to_string()};
       }},
      {"packet.member_bytes",
       [](uint64_t n, test::TempDir& t) {
         packet::Bounds b;
         EXPECT_EQ(b.member_bytes, L::kPacketMemberBytes);
         b.member_bytes = 4096;
         zip_of(t.path("p.zip"), 1, std::string(n - L::kPacketMemberBytes + 4096, 'x'));
         Json m;
         core::Diagnostics d;
         packet::verify(t.path("p.zip"), m, d, b);
         bool over = d.to_string().find("lớn hơn giới hạn") != std::string::npos;
         return Result{!over, d.to_string()};
       }},
  };
  return p;
}

}  // namespace

TEST(Limits, EveryRowIsAcceptedAtItsLimitAndRefusedOneAbove) {
  for (auto& row : L::table()) {
    SCOPED_TRACE(row.key);
    auto it = probes().find(row.key);
    ASSERT_NE(it, probes().end()) << "no probe for limit " << row.key;
    test::TempDir dir;
    auto at = it->second(row.value, dir);
    EXPECT_TRUE(at.ok) << row.key << " = " << row.value << " refused:\n" << at.errors;
    auto over = it->second(row.value + 1, dir);
    EXPECT_FALSE(over.ok) << row.key << " = " << row.value + 1 << " accepted";
    EXPECT_FALSE(over.errors.empty()) << row.key << ": refused without a message";
  }
  EXPECT_EQ(probes().size(), L::table().size()) << "a probe for a limit the table no longer has";
}

TEST(Limits, TheDocsListTheTable) {
  std::ifstream in(std::string(TDKT_SOURCE_DIR) + "/docs/limits.md");
  std::stringstream ss;
  ss << in.rdbuf();
  for (auto& row : L::table()) EXPECT_NE(ss.str().find("`" + row.key + "`"), std::string::npos) << row.key;
}
