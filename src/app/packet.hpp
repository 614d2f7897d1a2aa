// Submission packets: tdkt packet SỐ_HỒ_SƠ|qd:SỐ -o FILE.zip and tdkt packet verify FILE.zip.
#pragma once
#include <string>

#include "app/app.hpp"

namespace tdkt::app {

// target: a dossier id ("3") or a decision ("qd:1").
Outcome packet_build(const Context& c, const std::string& target, const std::string& out);
Outcome packet_verify(const Context& c, const std::string& file);

}  // namespace tdkt::app
