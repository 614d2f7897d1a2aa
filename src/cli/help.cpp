// The help of the command line. The commands' usage lines and summaries come from their declarations
// (command.hpp), so they are written once; the prose of each topic (what a clerk needs to know beyond the
// synopsis) stays here.
#include <map>

#include "cli/cli.hpp"
#include "cli/command.hpp"
#include "core/limits.hpp"
#include "text/format.hpp"

namespace tdkt::cli {

namespace {

struct Topic {
  std::string title;  // the first line
  std::string notes;  // after the commands ("" = none)
};

std::map<std::string, Topic> registry_topics() {
  return {
      {"movement",
       {"tdkt movement — phong trào thi đua (Kế hoạch phát động)",
        R"(Tệp định nghĩa: JSON tdkt.movement/1 (docs/movement-format.md); lỗi ghi rõ tệp:dòng:cột và tên
trường.
Nhập lại cùng mã sẽ cập nhật và ghi nhật ký.
movement date: hạn do cơ quan thông báo (ví dụ nop-ho-so 2024-12-20) hoặc sự kiện mở thời hạn (ví dụ
cong_bo_xep_hang_cchc 2023-01-05: hạn = ngày đó + số ngày của kế hoạch). Các khóa dùng được in ra khi gõ
sai.

Ví dụ: tdkt movement validate examples/movements/*.json
)"}},
      {"data",
       {"tdkt data import TỆP — nhập dữ liệu kho (định dạng tdkt.dataset/1, xem docs/dataset-format.md)",
        R"(Tệp gồm: agencies (cây đơn vị), people (cá nhân), metrics (chỉ số theo năm, ví dụ PAR Index),
ratings (xếp loại hoàn thành nhiệm vụ), awards (khen thưởng đã có), disciplines (kỷ luật), initiatives (sáng
kiến được công nhận). Toàn bộ tệp được nhập trong một giao dịch: lỗi ở một dòng thì không nhập gì. Nhập lại
cùng mã sẽ cập nhật.
)"}},
      {"config",
       {"tdkt config — thiết lập của kho dữ liệu (lưu trong kho, mỗi thay đổi ghi nhật ký)",
        R"(tone_order   thứ tự dấu thanh khi xếp tên. Mặc định (thứ tự từ điển):
ngang,huyen,hoi,nga,sac,nang.
             Một thứ tự khác cũng hay gặp: ngang,huyen,sac,hoi,nga,nang.
             Chữ cái luôn quyết định trước dấu: "Anh" < "Ánh" < "Ao"; đ đứng sau d; ă, â sau a.
templates_dir  thư mục mẫu văn bản riêng của cơ quan; tệp cùng tên thay mẫu có sẵn khi render
             (tùy chọn --templates của lệnh render được ưu tiên hơn).
Các thiết lập khác và giá trị mặc định: tdkt config list.
)"}},
      {"unit", {"tdkt unit — cây đơn vị (mã, tên, cấp)", ""}},
      {"person",
       {"tdkt person — cá nhân xếp theo tên, rồi đệm, rồi họ",
        "Thứ tự chữ cái tiếng Việt; thứ tự dấu theo thiết lập tone_order của kho (tdkt help config) hoặc "
        "--tones.\n"}},
      {"legal",
       {"tdkt legal — dữ liệu pháp lý theo ngày (data/legal/legal-bases.json)",
        R"(Nghị định có hiệu lực (NĐ 91/2017 → NĐ 98/2023 từ 01/01/2024 → NĐ 152/2025 từ 01/7/2025), mức
lương cơ sở, các cấp không còn tồn tại, và các dòng «Căn cứ …» của từng loại văn bản theo ngày.
Ví dụ: tdkt legal money lao_dong_tien_tien --date 2025-12-20  → 0,3 × 2.340.000 = 702.000 → 710.000 đồng Giá
trị chưa xác nhận [U] được đánh dấu; ghi đè bằng --legal TỆP.
)"}},
      {"audit",
       {"tdkt audit — nhật ký thay đổi",
        R"(verify: tính lại chuỗi băm SHA-256 của nhật ký; báo dòng bị sửa giữa chừng (mã thoát 6).
Chuỗi liền mạch chưa đủ: người giữ tệp kho có thể xóa các dòng cuối, hoặc sửa một dòng rồi tính lại cả
chuỗi. Mỗi bộ hồ sơ (manifest.json, "audit_head") và mỗi PDF tdkt lập từ kho (thuộc tính /TdktAuditHead,
không in trên trang) ghi đầu chuỗi lúc lập; --against TỆP đối chiếu: dòng đã ghi phải còn, cùng mã băm.
checkpoint: ghi mốc có ngày giờ, ký HMAC-SHA-256 bằng khóa trong TỆP_KHÓA (tạo mới, quyền 0600, nếu chưa
có). Cất khóa và các mốc ở máy hoặc thiết bị khác kho; kiểm tra: tdkt audit verify --against MỐC.json --key
TỆP_KHÓA. Ví dụ mỗi tối:  tdkt audit checkpoint --key /media/usb/tdkt.key -o /media/usb/moc-$(date +%F).json
)"}},
      {"check",
       {"tdkt check — PRAGMA integrity_check, khóa ngoại, chuỗi nhật ký, và mọi văn bản đã lập",
        R"(Mọi phiên bản văn bản lưu theo nội dung (thư mục .tep) và bản đọc mới nhất trong thư mục văn bản
được đối chiếu với mã SHA-256 đã ghi; tệp bị sửa là lỗi (mã thoát 6). Bản đọc còn là phiên bản cũ (lần
chạy trước bị dừng sau khi ghi kho) được ghi lại bản mới, kèm cảnh báo.
)"}},
      {"init",
       {"tdkt init — tạo kho dữ liệu tại --db (mặc định ./tdkt.db) và áp dụng các bước cập nhật lược đồ",
        ""}},
      {"user",
       {"tdkt user — người dùng và vai trò trong quy trình",
        R"(Vai trò: can_bo_don_vi, thu_truong_don_vi (cần --unit), chuyen_vien_tham_dinh, thu_ky_hoi_dong,
chu_tich.
Người thực hiện mỗi lệnh: --as VAI_TRÒ:"Họ tên". Hai người trùng họ tên cùng vai trò ở hai đơn vị phải được
đăng ký với tên phân biệt, ví dụ «Nguyễn Văn Hùng (DV160)» (tdkt từ chối đăng ký trùng).
)"}},
      {"workflow",
       {"tdkt workflow — bảng quy trình của hồ sơ",
        "Mỗi dòng: trạng thái —thao tác [vai trò] {điều kiện}→ trạng thái mới. --format dot cho "
        "Graphviz.\n"}},
      {"text",
       {"tdkt text — tiện ích chữ tiếng Việt",
        "text sort đọc từ đầu vào chuẩn, mỗi dòng một họ tên. Thứ tự dấu mặc định: "
        "ngang,huyen,hoi,nga,sac,nang.\n"}},
  };
}

std::map<std::string, Topic> round_topics() {
  return {
      {"dossier",
       {"tdkt dossier — hồ sơ đề nghị khen thưởng của một đơn vị trong một đợt",
        R"(Đợt (--round): năm (ví dụ 2024) cho khen thưởng hằng năm / chuyên đề, hoặc tong_ket cho tổng kết
giai đoạn.
Người thực hiện: --as VAI_TRÒ:"Họ tên", đã đăng ký bằng tdkt user add. Vai trò: can_bo_don_vi,
thu_truong_don_vi (chỉ với hồ sơ của đơn vị mình), chuyen_vien_tham_dinh, thu_ky_hoi_dong, chu_tich.
meeting: giữ đề nghị khi số phiếu đồng ý trên 50 % tổng số thành viên (thiết lập ty_le_hop_xet).
attach --folder: mỗi tệp nhận theo mã hoặc họ tên trong tên tệp (có dấu hay không dấu đều được, ví dụ «Bao
cao - Nguyen Van An.pdf»); tệp không nhận ra, nhận ra hai người, hai tệp cho một người, tệp rỗng → không
đính kèm tệp nào, liệt kê từng tệp lỗi. Tệp được giữ theo nội dung (SHA-256) trong thư mục cạnh kho.
act: ghi_bien_ban, trinh (cấp số Tờ trình), tiep_nhan, bat_dau_tham_dinh, tra_lai (cần lý do), trinh_lai,
hoan_thanh_tham_dinh, bieu_quyet, quyet_dinh, luu_tru, rut (cần lý do).
appraise: nhiều hồ sơ cùng đợt một lần: kiểm tra tất cả trước, ghi trong một giao dịch.

Thao tác bị từ chối (mã thoát 4) liệt kê mọi điều kiện chưa đạt. Hai người cùng thao tác một hồ sơ: một
người thành công, người kia nhận mã thoát 5 (xung đột) và không có gì bị ghi. Bảng đầy đủ: tdkt workflow
diagram.
Thiết lập liên quan: ngay_nghi (ngày nghỉ lễ, cách nhau dấu phẩy, cho thời hạn tính theo ngày làm việc),
nguong_bieu_quyet (ngưỡng của Hội đồng khi văn bản pháp lý không quy định, mặc định >50), ty_le_hop_xet
(50), thu_muc_van_ban (nơi lưu bản đọc của văn bản; mặc định thư mục van-ban cạnh kho), stt_theo_nhom (0: số
thứ tự Danh sách kèm Quyết định đánh liền qua nhóm tập thể rồi cá nhân; 1: bắt đầu lại ở mỗi nhóm),
ca_nhan_truoc (0: Danh sách kèm Tờ trình xếp tập thể trước như Quyết định; 1: cá nhân trước).
)"}},
      {"nomination",
       {"tdkt nomination confirm — chuyên viên thẩm định xác nhận tiêu chí phải kiểm tra thủ công",
        R"(Cả hồ sơ (--dossier): mọi đề nghị được đơn vị thống nhất mà tiêu chí áp dụng (theo hình thức và
loại đối tượng).
Chỉ khi hồ sơ đang thẩm định; người thực hiện --as chuyen_vien_tham_dinh:"Họ tên". Đề nghị được đánh giá lại
ngay; xác nhận sau ghi đè xác nhận trước của cùng tiêu chí. Mã tiêu chí: tdkt movement show MÃ_PHONG_TRÀO.
)"}},
      {"eligibility",
       {"tdkt eligibility — ai đạt tiêu chí của một hình thức khen thưởng",
        "Mỗi tiêu chí: đạt / không đạt / chờ xác nhận thủ công, kèm số liệu đã dùng. Không ghi gì vào "
        "kho.\n"}},
      {"council",
       {"tdkt council — Hội đồng Thi đua - Khen thưởng",
        R"(report: Báo cáo thẩm định gửi Hội đồng (DOCX, PDF), số BC-<cơ quan> trong sổ của cơ quan thẩm
định (--office, ví dụ PNV): từng trường hợp đã thẩm định, từng tiêu chí (đạt / không đạt / cần xác nhận) với
số liệu đối chiếu, đối chiếu số lượng trên các hồ sơ đã nhận, kiến nghị. Người ký mặc định là người thực
hiện; chức vụ mặc định theo tên cơ quan (TRƯỞNG PHÒNG, GIÁM ĐỐC). Người thực hiện: --as
chuyen_vien_tham_dinh:"Họ tên".
vote: chỉ đề nghị đủ điều kiện của hồ sơ đã thẩm định xong. Tỷ lệ tính trên tổng số thành viên; ngưỡng theo
văn bản pháp lý có hiệu lực vào ngày họp (tdkt legal show --date NGÀY). Người thực hiện: --as
thu_ky_hoi_dong:"Họ tên".
minutes: Biên bản họp Hội đồng của lần họp gần nhất (số BB-HĐTĐKT): thành viên có mặt, vắng, ý kiến bằng văn
bản, kết quả biểu quyết từng trường hợp. Người thực hiện: --as thu_ky_hoi_dong:"Họ tên".
Cả hai văn bản vào bộ hồ sơ Quyết định (tdkt packet qd:SỐ).
)"}},
      {"decision",
       {"tdkt decision issue — Quyết định khen thưởng",
        R"(Cấp số trong sổ của cơ quan ban hành theo năm, tiền thưởng = hệ số × mức lương cơ sở vào ngày ký
(làm tròn lên hàng chục nghìn), lập Quyết định kèm Danh sách (DOCX, PDF), ghi lịch sử khen thưởng. Bị từ
chối (mã thoát 4) khi hình thức khen thưởng hết hiệu lực vào ngày quyết định [hieu_luc] hoặc vượt chỉ tiêu
[so_luong].
Người thực hiện: --as chu_tich:"Họ tên".
)"}},
      {"contest",
       {"tdkt contest — cuộc thi (kế hoạch loại cuoc_thi, ví dụ cuộc thi viết sáng kiến)",
        R"(import: thể lệ (tdkt.contest/1, xem docs/contest-format.md): tiêu chí chấm và điểm tối đa, cách
tính điểm xét, tiêu chí phân định khi bằng điểm, các giải (số lượng, mức thưởng), thành viên Ban tổ chức,
Ban giám khảo, Tổ thư ký. Phong trào phải đã nhập (tdkt movement import).
entry add: Tổ thư ký hoặc Ban tổ chức nhận bài (--as thu_ky:"Họ tên"); cấp mã bài (SK-01 …); báo bài có thể
trùng sáng kiến đã được công nhận hoặc bài đã nhận (kèm mức giống), để Ban tổ chức xem xét.
score: do chính giám khảo hoặc Tổ thư ký nhập. Từ chối: người không thuộc Ban giám khảo, điểm ngoài 0 – tối
đa, thiếu tiêu chí, giám khảo chấm bài của đơn vị mình hoặc của chính mình. Tệp phiếu: dòng đầu «Mã bài» và
mã (hoặc tên) từng tiêu chí; mỗi dòng một bài.
results: điểm xét (trung bình; từ N giám khảo trở lên bỏ điểm cao nhất và thấp nhất), phân định khi bằng
điểm theo thể lệ, giải; nêu bài còn thiếu điểm và đồng hạng ở ranh giới giải. Không ghi gì.
decide: thứ tự cho các bài vẫn đồng hạng sau mọi tiêu chí phân định của thể lệ (đủ cả nhóm, bài xếp trên
trước); Trưởng ban giám khảo hoặc Ban tổ chức thực hiện, ghi căn cứ vào nhật ký.
award: khi đủ điểm và không còn đồng hạng ở ranh giới giải; người ký kế hoạch hoặc Ban tổ chức thực hiện.
)"}},
  };
}

std::map<std::string, Topic> document_topics() {
  return {
      {"forms",
       {"tdkt forms — các mẫu văn bản (forms/*.json + templates/*.xml)",
        R"(Mỗi mẫu: một khai báo forms/MẪU.json (trường dữ liệu, kiểu, lời văn cố định là giá trị mặc định
của trường — cơ quan sửa chữ ở đó, không cần dịch lại chương trình) và một tệp templates/MẪU.xml.
forms check: kiểm tra khai báo và mẫu bằng dữ liệu ví dụ; lỗi ghi tệp:dòng:cột. Với --templates, mẫu cùng
tên trong THƯ_MỤC thay cho mẫu có sẵn.
)"}},
      {"render",
       {"tdkt render — xuất văn bản theo mẫu",
        R"(Ví dụ:
  tdkt render ke-hoach --movement HY-DVCQ-2024 --to docx -o ke-hoach.docx
  tdkt render quyet-dinh --data forms/examples/quyet-dinh.json --to pdf -o quyet-dinh.pdf
  tdkt render ke-hoach --movement PM-CCHC-2021-2025 --to ir -o -     (bản trung gian, để so sánh)

  --to docx      văn bản Word (Word/LibreOffice tự dàn trang)
  --to pdf       PDF do tdkt tự dàn trang: phông Tinos (cùng số đo Times New Roman) nhúng sẵn, khổ A4
                 (giấy khen A4 ngang), xuống dòng và ngắt trang như Word; có ô ký số trống
                 tdkt_chu_ky_nguoi_ky (người ký) và tdkt_chu_ky_co_quan (con dấu cơ quan) để phần mềm ký số
                 điền.
                 Ký tự không có trong phông (ví dụ ký tự lạ dán từ web) là lỗi, chỉ rõ ký tự và đoạn văn.
  --to ir        bản trung gian (IR); --to pageset: vị trí từng chữ trên trang; --to lines: các dòng
  --breaks total-fit   PDF: ngắt dòng tối ưu cả đoạn (Knuth–Plass), khoảng trắng đều hơn Word;
                 mặc định first-fit (giống Word, để PDF và DOCX xuống dòng như nhau).
  --templates THƯ_MỤC   dùng mẫu riêng của cơ quan (tệp cùng tên), thiếu thì dùng mẫu có sẵn.
  --now THỜI_ĐIỂM       cố định thời điểm ghi trong tệp, để cùng dữ liệu cho cùng tệp.
  Tệp được ghi vào tên tạm rồi đổi tên, không bao giờ để lại tệp dở dang.
)"}},
      {"export",
       {"tdkt export workbook — bảng tính cho Hội đồng TĐKT",
        R"(Các trang: một Danh sách đề nghị cho mỗi hình thức (nhóm theo đơn vị, gộp ô đơn vị, dòng Tổng
cộng với công thức SUM), Tổng hợp (số lượng theo đơn vị × hình thức, tiền thưởng), Phiếu bầu, Kết quả kiểm
phiếu.
Chỉ gồm hồ sơ đã trình (không gồm hồ sơ đang lập, bị trả lại hoặc đã rút). Với --dossier: danh sách đề nghị
và tổng hợp của một hồ sơ.
  --sort don_vi      theo đơn vị rồi theo tên, đệm, họ (mặc định)
  --sort quyet_dinh  thứ tự trong Quyết định
  --stream           ghi kiểu luồng (tự động khi trên 20.000 dòng; khi đó không gộp ô đơn vị)
Tiền thưởng: số tiền của Quyết định nếu đã có, nếu chưa thì dự kiến theo mức lương cơ sở hôm nay (có ghi
chú).
)"}},
      {"import",
       {"tdkt import — nhập danh sách từ Excel (.xlsx) hoặc CSV (UTF-8, có hoặc không BOM; dấu , hoặc ;)",
        R"(template: dòng tiêu đề cột, một dòng ví dụ, trang «Hướng dẫn»; với --dossier có sẵn danh sách
chọn hình thức.
nominations: cột nhận biết theo tên (thứ tự tùy ý): Họ và tên / Tên tập thể, Hình thức đề nghị (bắt buộc);
Loại (Cá nhân / Tập thể, hoặc dùng dòng «I. Cá nhân», «II. Tập thể»), Mã, Ngày sinh, Chức vụ, Đơn vị, Tóm
tắt thành tích. Người được tìm theo mã hoặc họ tên trong đơn vị lập hồ sơ và các đơn vị trực thuộc (ngày
sinh để phân biệt người trùng tên). Có lỗi thì không nhập dòng nào, mã thoát 1; mỗi lỗi ghi trang, dòng, cột
và mã lỗi.
  --good-rows-only   vẫn nhập các dòng đúng, bỏ qua dòng lỗi
  --mark TỆP.xlsx    ghi bản sao danh sách, tô đỏ ô lỗi, ghi chú lý do và cột «Lỗi» để gửi lại đơn vị
people: cột Mã, Họ và tên, Mã đơn vị (bắt buộc); Giới tính, Ngày sinh, Chức vụ, Lãnh đạo chủ chốt.
units: cột Mã, Tên đơn vị, Cấp (bắt buộc); Tên viết tắt, Nhóm xếp hạng, Mã đơn vị cấp trên.
Tệp zip có đường dẫn tuyệt đối hoặc «..», thành phần quá lớn hoặc nén bất thường (bom nén), XML có
DOCTYPE/ENTITY bị từ chối trước khi đọc.
)"}},
      {"packet",
       {"tdkt packet — bộ hồ sơ trình cấp trên",
        R"(SỐ_HỒ_SƠ: Tờ trình kèm Danh sách, Biên bản, Báo cáo thành tích, danh sách XLSX (văn bản lập bằng
tdkt có cả DOCX và PDF), ho-so-gop.pdf (mọi PDF gộp một tệp, dấu trang theo thứ tự thành phần hồ sơ của kế
hoạch) và manifest.json (phong trào, hồ sơ, trạng thái, căn cứ pháp lý, SHA-256 và kích thước từng tệp). Văn
bản bị sửa trên đĩa sau khi lập thì từ chối (mã thoát 6). Cùng dữ liệu và đồng hồ (--now) cho cùng từng byte.
qd:SỐ: bộ hồ sơ của một Quyết định (SỐ là số nội bộ, quyết định đầu tiên là 1): Quyết định, danh sách XLSX
người được khen, Tờ trình của các đơn vị, Báo cáo thẩm định, Biên bản họp Hội đồng.
ct:MÃ_CUỘC_THI: hồ sơ cuộc thi gửi cấp trên (sau tdkt contest award): Tờ trình kèm danh sách, Quyết định
công nhận kết quả, Biên bản họp Ban giám khảo, Bảng tổng hợp điểm (cả XLSX) và tệp của các bài được đề nghị.
verify: tính lại SHA-256 từng tệp; báo tệp thiếu, thừa, bị thay đổi (mã thoát 6).
)"}},
  };
}

const std::map<std::string, Topic>& topics() {
  static const std::map<std::string, Topic> t = [] {
    std::map<std::string, Topic> all;
    for (auto group : {registry_topics, round_topics, document_topics}) all.merge(group());
    return all;
  }();
  return t;
}

const char* kGlobal = R"(Tùy chọn chung:
  --db ĐƯỜNG_DẪN     Kho dữ liệu SQLite (mặc định ./tdkt.db; tạo mới khi dùng lần đầu)
  --json             In kết quả dạng JSON cho kịch bản
  --now THỜI_ĐIỂM    Cố định đồng hồ (YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM:SS) để kết quả lặp lại được
  --legal TỆP        Tệp ghi đè dữ liệu pháp lý (có thể lặp lại)
  --as VAI_TRÒ:TÊN   Người thực hiện, ghi vào nhật ký (mặc định system:tdkt)
  --tones THỨ_TỰ     Thứ tự dấu thanh khi xếp tên cho lệnh này (ghi đè thiết lập tone_order)
  --version          Phiên bản
  -h, --help         Trợ giúp

Mã thoát: 0 thành công; 1 dữ liệu/tệp không hợp lệ; 2 sai cú pháp lệnh; 3 không tìm thấy; 4 bị từ chối theo
quy định; 5 xung đột cập nhật; 6 kiểm tra toàn vẹn thất bại; 10 lỗi môi trường.
)";

std::string command_lines(const std::string& topic) {
  std::string s;
  for (auto& c : commands())
    if (topic.empty() || c.topic == topic) s += "  " + c.usage + "\n      " + c.summary + "\n";
  return s;
}

// "Chủ đề trợ giúp: audit, check, …": every topic a command points to.
std::string topic_line() {
  std::string s;
  for (auto& [name, _] : topics()) s += (s.empty() ? "" : ", ") + name;
  return "Chủ đề trợ giúp (tdkt help CHỦ_ĐỀ): " + s + ".\n";
}

std::string overview() {
  return "tdkt — công cụ thi đua, khen thưởng: phong trào, hồ sơ, văn bản theo NĐ 30/2020.\n\n"
         "Cách dùng: tdkt [TÙY CHỌN CHUNG] LỆNH [THAM SỐ]\n\nLệnh:\n" +
         command_lines("") + "  tdkt help [CHỦ_ĐỀ]\n      Trợ giúp cho một nhóm lệnh\n\n" + topic_line() +
         "\n" + kGlobal;
}

}  // namespace

std::string help_text(const std::string& topic) {
  if (topic.empty()) return overview();
  if (topic == "reference") return command_table();
  if (topic == "limits") return limits_table();
  auto it = topics().find(topic);
  if (it == topics().end()) return "";
  std::string s = it->second.title + "\n\n" + command_lines(topic);
  if (!it->second.notes.empty()) s += "\n" + it->second.notes;
  return s;
}

std::string limits_table() {
  std::string s =
      "Giới hạn tdkt áp cho dữ liệu vào (vượt giới hạn: lỗi tiếng Việt chỉ rõ tệp, dòng, ô; không ghi gì)\n\n"
      "| giới hạn | giá trị | áp cho | ở |\n|---|---|---|---|\n";
  for (auto& r : core::limits::table())
    s += "| `" + r.key + "` | " + text::format_number(static_cast<int64_t>(r.value)) + " " + r.unit + " | " +
         r.what + " | " + r.where + " |\n";
  return s;
}

std::string command_table() {
  std::string s = "| lệnh | việc |\n|---|---|\n";
  for (auto& c : commands()) {
    std::string u = c.usage.substr(5);  // without "tdkt "
    std::string esc;
    for (char ch : u) esc += ch == '|' ? std::string("\\|") : std::string(1, ch);
    s += "| `" + esc + "` | " + c.summary + " |\n";
  }
  return s;
}

}  // namespace tdkt::cli
