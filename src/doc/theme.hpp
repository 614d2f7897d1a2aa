// The NĐ 30/2020 style sheet shared by every writer: named paragraph styles with their run style.
#pragma once
#include <string>
#include <vector>

#include "doc/document.hpp"

namespace tdkt::doc {

struct StyleDef {
  std::string name, description;
  ParaStyle para;
  RunStyle run;
};

const StyleDef* theme_style(const std::string& name);
const std::vector<StyleDef>& theme();
// A4 portrait with margins 20/20/30/15 mm, or A4 landscape for certificates.
PageSetup page_setup(bool landscape);
int text_width_twips(const PageSetup& p);

}  // namespace tdkt::doc
