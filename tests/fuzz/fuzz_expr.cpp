// libFuzzer harness: one template expression, parsed, then evaluated over a small scope with a list, an
// object, a date and a number (every filter is reachable by name).
#include <cstdint>
#include <string>

#include "expr/expr.hpp"

using namespace tdkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const core::Json root = [] {
    core::Diagnostics d;
    return *core::parse_json(
        R"({"ten": "Nguyễn Thị Hoa", "so": 7, "tien": 2340000, "ngay": "2025-01-06",
            "ds": [{"t": "một", "n": 1}, {"t": "hai", "n": 2}], "co": true, "rong": null})",
        "", d);
  }();
  expr::ParseError pe{};
  auto ast = expr::parse(std::string(reinterpret_cast<const char*>(data), size), pe);
  if (!ast) {
    if (pe.message.empty()) __builtin_trap();
    return 0;
  }
  expr::Scope scope(&root);
  expr::EvalError ee{};
  if (auto v = expr::eval(*ast, scope, ee)) (void)expr::to_text(*v);
  return 0;
}
