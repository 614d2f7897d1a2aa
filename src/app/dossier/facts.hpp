// What the workflow's guards look at for one dossier, gathered from the workspace: its nominations and votes,
// the unit's meeting, the documents the plan requires (present, and made from the current data), deadlines,
// and what changed since a return.
#pragma once
#include <string>
#include <vector>

#include "app/workspace.hpp"
#include "workflow/dossier.hpp"

namespace tdkt::app {

// The dossier's data as the unit's documents state it: nominations with the unit's vote and the meeting.
// Documents generated from other data are stale.
std::string data_hash(const std::vector<domain::Nomination>& noms,
                      const std::vector<domain::Meeting>& meetings);
std::string data_hash(Workspace& w, const domain::Dossier& d);
// "Biên bản họp xét", "Tờ trình"…: the kinds of documents a plan's dossier lists, in words.
const char* doc_name(const std::string& kind);
// The facts for an action by the actor (a default ActorInfo: for a report, no actor). `quota` = the round's
// quota lines when the action looks at them (computed once per round by the caller).
workflow::Facts facts(Workspace& w, const StoredMovement& L, const domain::Dossier& d, const ActorInfo& a,
                      const std::string& reason, const std::vector<std::string>* quota);
// The deadline of a step ("nop_ho_so", "tham_dinh") for the dossier's round on the workspace's day.
std::optional<workflow::DeadlineCheck> deadline_of(Workspace& w, const StoredMovement& L,
                                                   const std::string& round, const std::string& step);

}  // namespace tdkt::app
