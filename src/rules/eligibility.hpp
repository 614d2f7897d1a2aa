// Eligibility: evaluates a movement's criteria on one nominee with an explanation (the values used, met /
// not met / to confirm by hand), the law's principles (no proposal under discipline, one achievement →
// one award, thematic awards do not count toward công trạng), ranking with ties, quotas, council votes.
// Pure: works on an in-memory snapshot of the workspace (domain::Dataset) indexed once.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/date.hpp"
#include "domain/dataset.hpp"
#include "domain/movement.hpp"

namespace tdkt::rules {

enum class Status { Met, NotMet, Manual };
std::string status_label(Status s);  // "đạt", "không đạt", "chờ xác nhận"

struct Explanation {
  Status status = Status::Manual;
  std::string text;                // Vietnamese, with the values used
  std::vector<Explanation> parts;  // sub-rules of all/any
};

// The workspace facts, indexed for lookups by subject. Subject keys are "agency:CODE" / "person:CODE".
struct Ranked {
  std::string subject, name;
  std::optional<double> value;
  int rank = 0;  // 0 = no value
};

class World {
 public:
  explicit World(domain::Dataset ds);
  const domain::Agency* agency(const std::string& code) const;
  const domain::Person* person(const std::string& code) const;
  // The name of "agency:CODE" (agency name) or "person:CODE" (full name); nullptr when unknown.
  const std::string* name(const std::string& subject) const;
  std::optional<double> metric(const std::string& subject, const std::string& metric, int year) const;
  std::optional<std::string> rating(const std::string& subject, int year) const;
  std::vector<const domain::PastAward*> awards(const std::string& subject) const;
  std::vector<const domain::Discipline*> disciplines(const std::string& person_code) const;
  std::vector<const domain::Initiative*> initiatives(const std::string& subject) const;
  std::vector<const domain::Person*> members(const std::string& agency_code) const;  // people of the agency
  std::vector<const domain::Person*> key_leaders(const std::string& agency_code) const;
  // Agencies grouped for ranking: "level" = same level, "kind" = same kind, "all" = every agency.
  std::vector<const domain::Agency*> peers(const domain::Agency& a, const std::string& within) const;
  const domain::Dataset& data() const { return ds_; }
  // Rankings already computed for this world (the same group ranked for every nominee of a unit).
  const std::vector<Ranked>* cached_rank(const std::string& key) const {
    auto it = ranks_.find(key);
    return it == ranks_.end() ? nullptr : &it->second;
  }
  void cache_rank(const std::string& key, std::vector<Ranked> r) const { ranks_[key] = std::move(r); }

 private:
  domain::Dataset ds_;
  std::map<std::string, size_t> agency_, person_;
  std::map<std::tuple<std::string, std::string, int>, double> metric_;
  std::map<std::pair<std::string, int>, std::string> rating_;
  std::map<std::string, std::vector<size_t>> awards_, disciplines_, initiatives_, members_;
  mutable std::map<std::string, std::vector<Ranked>> ranks_;
};

struct Nominee {
  std::string subject;  // "agency:CODE" | "person:CODE"
  std::string award;    // the movement's award id
};

struct EvalContext {
  const World* world = nullptr;
  const domain::Movement* movement = nullptr;
  int year = 0;   // the year whose results are judged (round year)
  core::Date on;  // the day of the appraisal (discipline in force, validity)
  // Hand confirmations of criteria: criterion id → (met, note).
  std::map<std::string, std::pair<bool, std::string>> confirmed;
  // Other awards proposed for the same subject in the same movement and round (one achievement → one award).
  std::vector<std::string> also_proposed;
  // A công trạng proposal (annual or period round): thematic and đột xuất awards in the history do not
  // count toward it unless the rule names their topic.
  bool cong_trang = true;
  // Names of the award catalogue (code → "Chiến sĩ thi đua cơ sở"), for explanations; may be null.
  const std::map<std::string, std::string>* catalog_names = nullptr;
};

struct CriterionResult {
  std::string id, text;
  Explanation result;
  bool confirmed_by_hand = false;
};
struct Assessment {
  Status status = Status::Manual;
  std::vector<CriterionResult> criteria;
  std::vector<Explanation> principles;  // the law's principles, each met or not
  std::string summary() const;          // one Vietnamese line
};

// The round year of an award form: its own year for annual rounds, the period's last year for a
// period (tổng kết) round, the period's year for a thematic round.
int round_year(const domain::Movement& m, const std::string& round);

Explanation evaluate(const domain::Rule& r, const std::string& subject, const EvalContext& c);
// Every criterion of the movement that conditions the nominee's award and applies to its kind, combined
// per group (all required, or one of them when the plan says so), plus the principles.
Assessment assess(const Nominee& n, const EvalContext& c);
// "co_so" → "cơ sở", "huyen" → "huyện": the level of a unit or of a recognised initiative in words.
std::string level_label(const std::string& level);
// The kind of unit ("co_quan", "xa"…) a criterion's `kinds` is compared with: the collective's own, or the
// unit an individual works in; empty when unknown.
std::string criterion_unit_kind(const std::string& subject, const EvalContext& c);
// Whether a criterion conditions a nomination: a unit standard ("standard") for the subject's kind ("tap_the"
// / "ca_nhan"), the nominated award, and the kind of unit when the plan sets it. The one selection assess()
// and a hand confirmation both use.
bool criterion_applies(const domain::Criterion& k, const std::string& subject_kind, const std::string& award,
                       const std::string& unit_kind);

// Ranking with ties: standard competition ranking (1, 2, 2, 4): equal values share a rank and all of
// them are inside a top-N when their shared rank is ≤ N. Direction from the metric (rank metrics: lower
// is better).
std::vector<Ranked> rank(const World& w, const domain::Movement& m, const std::vector<std::string>& subjects,
                         const std::string& metric, int year);

// Quotas of the movement's award forms against the candidates still in the running.
struct QuotaCandidate {
  std::string subject, name, award, unit;
  std::optional<double> score;  // higher = fits first; none: no value comparable with the others
  std::string score_text;       // the value as the report shows it ("91 điểm")
  std::string basis;  // what the score is ("Kết quả thực hiện CCHC năm 2024"); one basis per list
  bool plan_rule = false;  // the basis is the plan's own ranking rule (quota.ranking)
};
struct QuotaOverflow {
  std::string award, scope;  // scope: "tập thể", "cá nhân", "tập thể và cá nhân", "nhóm cơ quan, đơn vị"
  int limit = 0, count = 0;
  // Fits: inside the limit; Tie: a person must choose (shares the score of the first one outside the limit,
  // or the list has no order); Out: outside the limit.
  enum class Place { Fits, Tie, Out };
  std::vector<std::pair<QuotaCandidate, Place>> ranking;
  std::string award_name;    // as the movement names it, for the line people read
  std::string basis;         // what the order follows; empty: no order (no comparable value for everyone)
  std::string ranking_text;  // the plan's sentence on the order, when it is the plan's rule
  int count_of(Place p) const;
  // The report's lines: the quota, then one line per candidate. counted_as names what the count is: "đề nghị"
  // while the dossiers are in appraisal, "đủ điều kiện" in the appraisal report.
  std::vector<std::string> lines(const std::string& counted_as = "đề nghị") const;
  std::string line() const;  // the same in one line
};
std::vector<QuotaOverflow> check_quotas(const World& w, const domain::Movement& m,
                                        const std::vector<QuotaCandidate>& candidates);

// Council vote: passed when agree ≥ percent % of ALL members (agree × 100 ≥ percent × members), or with
// strict = true when agree > percent % ("quá bán" = more than 50 %).
struct VoteResult {
  int agree = 0, members = 0, percent = 0;
  bool strict = false;
  bool passed = false;
  std::string ratio_text;  // "88,89 %"
};
VoteResult council_vote(int agree, int members, int percent, bool strict = false);

}  // namespace tdkt::rules
