// Internal to app/: the exception boundary and shared helpers of the use cases.
#pragma once
#include <memory>
#include <optional>

#include "app/app.hpp"

namespace tdkt::app {

// Runs a use case; environmental failures (disk, SQLite) become exit 10 with the message.
template <class F>
Outcome guarded(F&& f) {
  try {
    return f();
  } catch (const core::Error& e) {
    Outcome o;
    o.exit = kEnvironment;
    o.diags.error({}, "", e.what());
    return o;
  } catch (const std::exception& e) {
    Outcome o;
    o.exit = kEnvironment;
    o.diags.error({}, "", std::string("lỗi không mong đợi: ") + e.what());
    return o;
  }
}

std::unique_ptr<store::Store> open_store(const Context& c);
std::optional<rules::LegalData> legal(const Context& c, core::Diagnostics& d);
// Keeps a copy of the legal data (base + overrides) and its award catalogue in the workspace.
void sync_legal(store::Store& s, const Context& c);

}  // namespace tdkt::app
