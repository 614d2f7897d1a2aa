// Printing outcomes, in one place for every command.
#include <iostream>

#include "cli/cli.hpp"

namespace tdkt::cli {

using core::Json;

int emit(const app::Outcome& o, bool json) {
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

}  // namespace tdkt::cli
