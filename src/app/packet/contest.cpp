// The contest's packet for the higher council: the Tờ trình with its list, the decision that recognised the
// results, the jury's minutes and score summary (with the workbook), and the files of the entries forwarded;
// and the verification of any packet against its manifest.
#include "app/contest/contest.hpp"

#include <algorithm>
#include <filesystem>

#include "app/api.hpp"
#include "app/packet/builder.hpp"
#include "core/files.hpp"

namespace tdkt::app {

using core::Json;
namespace fs = std::filesystem;

namespace {
// The forwarded entries: the prize winners in rank order, as many as the rules forward, with their files.
std::optional<Outcome> entries(Workspace& w, PacketBuilder& b, const StoredMovement& L, int forward,
                               Json& sent) {
  auto list = w.store().entries(L.row.id);
  std::sort(list.begin(), list.end(),
            [](auto& a, auto& z) { return a.rank.value_or(1 << 30) < z.rank.value_or(1 << 30); });
  int k = 0;
  for (auto& e : list) {
    if (e.prize.empty() || k >= forward) continue;
    ++k;
    if (e.file_blob.empty() && e.file_path.empty()) continue;  // an entry handed in on paper
    std::string err;
    auto bytes = e.file_blob.empty() ? core::read_file(e.file_path, err) : w.files().read(e.file_blob, err);
    if (!bytes) return fail(kVerifyFailed, "không đọc được bài dự thi " + e.code + ": " + err);
    if (core::sha256_hex(*bytes) != e.file_sha256)
      return fail(kVerifyFailed,
                  "tệp bài dự thi " + e.code + " đã bị thay đổi sau khi nhận (mã băm khác với mã đã ghi)");
    std::string ext = fs::path(e.file_blob.empty() ? e.file_path : e.file_blob).extension().string();
    b.add("05-bai-du-thi/" + e.code + ext, std::move(*bytes), "bai_du_thi",
          "Bài dự thi " + e.code + ": «" + e.title + "»");
    Json x = Json::object();
    x.set("code", Json::string(e.code));
    x.set("title", Json::string(e.title));
    x.set("authors", Json::string(e.author_names));
    x.set("prize", Json::string(e.prize));
    sent.push(std::move(x));
  }
  return std::nullopt;
}
}  // namespace

Outcome contest_packet(Workspace& w, const std::string& movement, const std::string& out) {
  auto L = w.movement(movement);
  if (!L) return L.error();
  if ((*L)->m.kind != "cuoc_thi")
    return fail(kInvalidInput, "phong trào «" + movement + "» không phải một cuộc thi");
  auto docs = w.store().round_documents((*L)->row.id, kContestRound);
  if (!latest(docs, "to_trinh_sang_kien", ".pdf"))
    return fail(kRefused, "cuộc thi «" + movement + "» chưa có Tờ trình gửi cấp trên",
                "tdkt contest award --movement " + movement);
  PacketBuilder b(w);
  for (auto [kind, stem] :
       {std::pair{"to_trinh_sang_kien", "01-to-trinh"}, std::pair{"quyet_dinh_trao_giai", "02-quyet-dinh"},
        std::pair{"bien_ban_giam_khao", "03-bien-ban-giam-khao"},
        std::pair{"bang_tong_hop_diem", "04-bang-tong-hop-diem"}})
    if (const auto* pf = latest(docs, kind, ".pdf"); pf && !b.pair(docs, kind, stem, doc_title(*pf)))
      return fail(kVerifyFailed, b.problem());
  if (const auto* x = latest(docs, "bang_tong_hop_diem", ".xlsx"))
    if (!b.stored(*x, "04-bang-tong-hop-diem.xlsx", "Bảng tổng hợp điểm (bảng tính)"))
      return fail(kVerifyFailed, b.problem());
  int forward = 0;
  if (auto k = open_contest(w, movement)) forward = k->rules.forward;
  Json sent = Json::array();
  if (auto no = entries(w, b, **L, forward, sent)) return *no;
  Json m = base_manifest(w, **L, w.today());
  m.set("contest_entries", std::move(sent));
  return b.finish(std::move(m), out, "Hồ sơ cuộc thi — " + (*L)->m.name);
}

Outcome packet_verify(Workspace&, const PacketVerify& r) {
  if (!fs::exists(r.file)) return fail(kNotFound, "không có tệp " + r.file);
  Outcome o;
  Json manifest;
  auto rep = packet::verify(r.file, manifest, o.diags);
  if (o.diags.has_errors()) {
    o.exit = kVerifyFailed;
    return o;
  }
  for (auto& x : rep.missing) o.diags.error({r.file}, "", "thiếu tệp «" + x + "» (có trong manifest.json)");
  for (auto& x : rep.extra)
    o.diags.error({r.file}, "", "thừa tệp «" + x + "» (không có trong manifest.json)");
  for (auto& x : rep.changed)
    o.diags.error({r.file}, "",
                  "tệp «" + x + "» đã bị thay đổi (mã SHA-256 hoặc kích thước khác manifest.json)");
  o.result.set("checked", Json::integer(static_cast<int64_t>(rep.checked)));
  o.result.set("ok", Json::boolean(rep.ok()));
  if (!rep.ok()) {
    o.exit = kVerifyFailed;
    o.text = "Bộ hồ sơ KHÔNG TOÀN VẸN: " + std::to_string(rep.missing.size()) + " thiếu, " +
             std::to_string(rep.extra.size()) + " thừa, " + std::to_string(rep.changed.size()) +
             " bị thay đổi\n";
    return o;
  }
  std::string what;
  if (const auto* d = manifest.find("dossier"))
    what = "hồ sơ số " + std::to_string(d->find("id") ? d->find("id")->as_int() : 0);
  if (const auto* d = manifest.find("decision"))
    what = "Quyết định số " + (d->find("number") ? d->find("number")->as_string() : "");
  o.text = "Bộ hồ sơ toàn vẹn (" + what + "): " + std::to_string(rep.checked) +
           " tệp khớp mã SHA-256 và kích thước trong manifest.json\n";
  return o;
}

}  // namespace tdkt::app
