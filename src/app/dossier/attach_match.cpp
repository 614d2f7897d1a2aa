// Matching a folder's files to nominees (see attach_match.hpp).
#include "app/dossier/attach_match.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/files.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace tdkt::app {

namespace fs = std::filesystem;

namespace {
// Where words (a nominee's code or name) occur as a run inside the words of a file name.
bool contains_run(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.empty() || needle.size() > hay.size()) return false;
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

// The words a file name is matched on, per nominee: its subject's code and its name.
struct NomineeKeys {
  const domain::Nomination* n;
  std::vector<std::string> code, name;
};

// Which nominees a file is for: one = found; several = ambiguous; none = unknown.
std::vector<const domain::Nomination*> match_file(const std::string& file_name,
                                                  const std::vector<NomineeKeys>& keys) {
  auto words = text::ascii_words(fs::path(file_name).stem().string());
  std::vector<const domain::Nomination*> best;
  size_t best_len = 0;
  for (auto by : {&NomineeKeys::code, &NomineeKeys::name}) {
    for (auto& k : keys) {
      const auto& key = k.*by;
      if (!contains_run(words, key)) continue;
      if (key.size() > best_len) {
        best_len = key.size();
        best.clear();
      }
      if (key.size() == best_len) best.push_back(k.n);
    }
    if (!best.empty()) break;
  }
  return best;
}

std::string ambiguous(const std::string& f, const std::vector<const domain::Nomination*>& m) {
  std::string who;
  for (auto* n : m)
    who += (who.empty() ? "" : "; ") + std::string("số ") + std::to_string(n->id) + " " + n->subject_name +
           " (" + n->subject_code + ")";
  return "«" + f + "»: khớp với nhiều đề nghị (" + who + "); thêm mã vào tên tệp";
}
}  // namespace

bool skipped_file(const std::string& name) {
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || name == "Thumbs.db" ||
         name == "desktop.ini";
}

FolderPlan match_folder(const std::string& folder, const std::vector<std::string>& files,
                        const std::vector<domain::Nomination>& noms, int64_t dossier) {
  std::vector<NomineeKeys> keys;
  for (auto& n : noms)
    keys.push_back({&n, text::ascii_words(n.subject_code), text::ascii_words(n.subject_name)});
  FolderPlan plan;
  std::map<int64_t, std::string> file_of;  // nomination → file
  for (auto& f : files) {
    if (!text::is_valid_utf8(f)) {
      plan.problems.push_back("tệp «" + folder + "/…»: tên tệp không phải UTF-8");
      continue;
    }
    auto m = match_file(f, keys);
    if (m.empty()) {
      plan.problems.push_back("«" + f + "»: tên tệp không chứa mã hay họ tên của đề nghị nào trong hồ sơ " +
                              std::to_string(dossier));
    } else if (m.size() > 1) {
      plan.problems.push_back(ambiguous(f, m));
    } else if (auto it = file_of.find(m.front()->id); it != file_of.end()) {
      plan.problems.push_back("«" + f + "» và «" + it->second + "»: cùng là báo cáo của đề nghị số " +
                              std::to_string(m.front()->id) + " (" + m.front()->subject_name + ")");
    } else {
      file_of[m.front()->id] = f;
      plan.matches.push_back({f, m.front(), ""});
    }
  }
  // Read everything before writing anything: an unreadable or empty file stops the whole folder.
  for (auto& m : plan.matches) {
    std::string err;
    auto bytes = core::read_file(folder + "/" + m.file, err);
    if (!bytes)
      plan.problems.push_back("«" + m.file + "»: " + err);
    else if (bytes->empty())
      plan.problems.push_back("«" + m.file + "»: tệp rỗng");
    else
      m.bytes = std::move(*bytes);
  }
  return plan;
}

}  // namespace tdkt::app
