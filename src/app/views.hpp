// View models: the data each form's template sees, built from domain objects. Templates never compute
// Vietnamese formatting themselves; everything official (numbers, dates, names) is formatted here once.
#pragma once
#include "core/json.hpp"
#include "domain/movement.hpp"

namespace tdkt::app {

// Kế hoạch: header H1 fields, body blocks with criteria and dossier expanded, recipients, signer.
core::Json ke_hoach_view(const domain::Movement& m);
// "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN" → {"ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"} (forms catalog §0.2).
std::vector<std::string> split_agency_name(const std::string& upper_name);

}  // namespace tdkt::app
