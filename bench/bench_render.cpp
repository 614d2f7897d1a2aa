// Renders one template to DOCX (or PDF) bytes N times in one process (parse template + evaluate + write
// zip; for PDF: + layout + PoDoFo writer, all in memory, as the peers do) and prints milliseconds per
// document. Used by bench/run.sh and bench/pdf.sh; not a test.
#include <chrono>
#include <cstdio>
#include <string>

#include "core/files.hpp"
#include "core/json.hpp"
#include "layout/layout.hpp"
#include "render/docx/docx.hpp"
#include "render/pdf/pdf.hpp"
#include "tmpl/template.hpp"

using namespace tdkt;

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: tdkt_bench TEMPLATE DATA.json ITERATIONS SAMPLE_OUT.docx|.pdf\n");
    return 2;
  }
  std::string err;
  auto data_text = core::read_file(argv[2], err);
  if (!data_text) {
    std::fprintf(stderr, "%s: %s\n", argv[2], err.c_str());
    return 1;
  }
  core::Diagnostics d;
  auto data = core::parse_json(*data_text, argv[2], d);
  if (!data) {
    std::fprintf(stderr, "%s", d.to_string().c_str());
    return 1;
  }
  tmpl::Options o;
  o.root = core::project_root() + "/templates";
  int n = std::atoi(argv[3]);
  std::string bytes;
  double t_template = 0, t_docx = 0, t_layout = 0;
  size_t pages = 0;
  std::string out = argv[4];
  bool pdf = out.size() > 4 && out.substr(out.size() - 4) == ".pdf";
  auto& fonts = layout::FontSet::in(core::project_root() + "/fonts");  // read once per process, as in tdkt
  auto run = [&] {
    auto a = std::chrono::steady_clock::now();
    core::Diagnostics dd;
    auto doc = tmpl::render(argv[1], *data, o, dd);
    if (!doc) {
      std::fprintf(stderr, "%s", dd.to_string().c_str());
      std::exit(1);
    }
    auto b = std::chrono::steady_clock::now();
    if (pdf) {
      auto ps = layout::paginate(*doc, fonts);
      auto l = std::chrono::steady_clock::now();
      t_layout += std::chrono::duration<double, std::milli>(l - b).count();
      pages = ps.pages.size();
      bytes = render::pdf::write(ps, fonts, {"2026-11-21T08:00:00+07:00", ""});
      b = l;
    } else {
      bytes = render::docx::write(*doc, {"2026-11-21T08:00:00+07:00"});
    }
    auto c = std::chrono::steady_clock::now();
    t_template += std::chrono::duration<double, std::milli>(b - a).count();
    t_docx += std::chrono::duration<double, std::milli>(c - b).count();
  };
  run();  // warm-up: page cache, first allocation
  t_template = t_docx = t_layout = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) run();
  auto t1 = std::chrono::steady_clock::now();
  core::write_file_atomic(argv[4], bytes);
  double ms = std::chrono::duration<double, std::milli>(t1 - t0).count() / n;
  if (pdf)
    std::printf(
        "{\"ms_per_doc\": %.3f, \"template_ms\": %.3f, \"layout_ms\": %.3f, \"pdf_ms\": %.3f, \"pages\": "
        "%zu, \"bytes\": %zu}\n",
        ms, (t_template - t_layout) / n, t_layout / n, t_docx / n, pages, bytes.size());
  else
    std::printf("{\"ms_per_doc\": %.3f, \"template_ms\": %.3f, \"docx_ms\": %.3f, \"bytes\": %zu}\n", ms,
                t_template / n, t_docx / n, bytes.size());
  return 0;
}
