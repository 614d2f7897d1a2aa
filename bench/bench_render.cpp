// Renders one template to DOCX bytes N times in one process (parse template + evaluate + write zip, all
// in memory, as the peers do) and prints milliseconds per document. Used by bench/run.sh; not a test.
#include <chrono>
#include <cstdio>
#include <string>

#include "core/files.hpp"
#include "core/json.hpp"
#include "render/docx/docx.hpp"
#include "tmpl/template.hpp"

using namespace tdkt;

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: tdkt_bench TEMPLATE DATA.json ITERATIONS SAMPLE_OUT.docx\n");
    return 2;
  }
  std::string err;
  auto data_text = core::read_file(argv[2], err);
  if (!data_text) { std::fprintf(stderr, "%s: %s\n", argv[2], err.c_str()); return 1; }
  core::Diagnostics d;
  auto data = core::parse_json(*data_text, argv[2], d);
  if (!data) { std::fprintf(stderr, "%s", d.to_string().c_str()); return 1; }
  tmpl::Options o;
  o.root = core::project_root() + "/templates";
  int n = std::atoi(argv[3]);
  std::string bytes;
  double t_template = 0, t_docx = 0;
  auto run = [&] {
    auto a = std::chrono::steady_clock::now();
    core::Diagnostics dd;
    auto doc = tmpl::render(argv[1], *data, o, dd);
    if (!doc) { std::fprintf(stderr, "%s", dd.to_string().c_str()); std::exit(1); }
    auto b = std::chrono::steady_clock::now();
    bytes = render::docx::write(*doc, {"2026-11-21T08:00:00+07:00"});
    auto c = std::chrono::steady_clock::now();
    t_template += std::chrono::duration<double, std::milli>(b - a).count();
    t_docx += std::chrono::duration<double, std::milli>(c - b).count();
  };
  run();  // warm-up: page cache, first allocation
  t_template = t_docx = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) run();
  auto t1 = std::chrono::steady_clock::now();
  core::write_file_atomic(argv[4], bytes);
  double ms = std::chrono::duration<double, std::milli>(t1 - t0).count() / n;
  std::printf("{\"ms_per_doc\": %.3f, \"template_ms\": %.3f, \"docx_ms\": %.3f, \"bytes\": %zu}\n", ms, t_template / n,
              t_docx / n, bytes.size());
  return 0;
}
