// Workspace data files ("tdkt.dataset/1"): agencies in a tree, people, yearly indicator values, task
// ratings, past awards, disciplines and recognised initiatives. The format is documented in
// docs/dataset-format.md; parse_dataset() validates it with located Vietnamese errors.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/diag.hpp"
#include "core/json.hpp"

namespace tdkt::domain {

struct Agency {
  std::string code, name, short_name, level, kind, parent;
  std::optional<core::Date> valid_to;
  // The địa danh of its place-date line when it is not the bare name: «Phường Trần Phú» (NĐ 30/2020 Phụ lục
  // I: a unit named after a person, a number or an event is written with its type). "" = derived.
  std::string place{};
};
struct Person {
  std::string code, full_name, gender, position, agency;
  std::optional<core::Date> birth_date;
  bool key_leader = false;
};
// "agency:CODE" or "person:CODE".
struct SubjectRef {
  std::string type, code;
  std::string str() const { return type + ":" + code; }
};
struct MetricSeries {
  SubjectRef subject;
  std::string metric;
  std::map<int, double> values;  // year → value
};
struct Rating {
  SubjectRef subject;
  int year = 0;
  std::string level;  // "khong_hoan_thanh" | "hoan_thanh" | "hoan_thanh_tot" | "hoan_thanh_xuat_sac"
};
struct PastAward {
  SubjectRef subject;
  int year = 0;
  std::string award, name, decision, issuer, kind, topic;
  std::optional<core::Date> date;
};
struct Discipline {
  std::string person, level;
  core::Date date;
  std::optional<core::Date> until;
  std::string note;
};
struct Initiative {
  std::string title, level, decision;
  int year = 0;
  std::vector<SubjectRef> authors;
};

struct Dataset {
  std::vector<Agency> agencies;
  std::vector<Person> people;
  std::vector<MetricSeries> metrics;
  std::vector<Rating> ratings;
  std::vector<PastAward> awards;
  std::vector<Discipline> disciplines;
  std::vector<Initiative> initiatives;
};

std::optional<Dataset> parse_dataset(const core::Json& root, const std::string& file, core::Diagnostics& d);
std::optional<Dataset> load_dataset(const std::string& path, core::Diagnostics& d);

}  // namespace tdkt::domain
