// Vietnamese help texts for every command; kept next to the parser so they stay true.
#include <map>

#include "cli/cli.hpp"

namespace tdkt::cli {

std::string help_text(const std::string& topic) {
  static const std::map<std::string, std::string> topics = {
      {"", R"(tdkt — công cụ thi đua, khen thưởng: phong trào, hồ sơ, văn bản theo NĐ 30/2020.

Cách dùng: tdkt [TÙY CHỌN CHUNG] LỆNH [THAM SỐ]

Lệnh:
  init                          Tạo kho dữ liệu (nếu chưa có) và cập nhật lược đồ
  movement validate TỆP…        Kiểm tra tệp định nghĩa phong trào (không ghi gì)
  movement import TỆP…          Kiểm tra rồi nhập phong trào vào kho (lỗi một tệp thì không nhập tệp nào)
  movement list                 Liệt kê các phong trào trong kho
  movement show MÃ              Xem chi tiết một phong trào
  data import TỆP               Nhập đơn vị, cá nhân, chỉ số, xếp loại, khen thưởng đã có, kỷ luật, sáng kiến
  unit list                     Cây đơn vị
  person list [--unit MÃ]       Danh sách cá nhân, xếp theo tên, đệm, họ
  legal show [--date NGÀY]      Văn bản có hiệu lực và mức lương cơ sở vào một ngày
  legal money HÌNH_THỨC [--subject ca_nhan|tap_the] [--date NGÀY]
                                Tiền thưởng = hệ số × lương cơ sở, làm tròn lên hàng chục nghìn
  audit verify                  Kiểm tra nhật ký thay đổi không bị sửa, xóa
  config list | config set KHÓA GIÁ_TRỊ
                                Thiết lập của kho (ví dụ thứ tự dấu khi xếp tên)
  check                         Kiểm tra toàn vẹn kho dữ liệu (SQLite + nhật ký)
  forms list | forms styles | forms check [--templates THƯ_MỤC]
                                Các mẫu văn bản; kiểu đoạn NĐ 30; kiểm tra mẫu (kể cả mẫu riêng của cơ quan)
  render MẪU (--movement MÃ | --data TỆP) --to docx|pdf|ir -o TỆP [--templates THƯ_MỤC] [--breaks total-fit]
                                Xuất văn bản theo mẫu, ví dụ Kế hoạch của một phong trào
  user add HỌ_TÊN --role VAI_TRÒ [--unit MÃ] [--title CHỨC_DANH] | user list
                                Người dùng và vai trò trong quy trình (xem: tdkt help dossier)
  dossier create|list|show|nominate|meeting|generate|attach|act|appraise …
                                Hồ sơ đề nghị khen thưởng qua từng bước (xem: tdkt help dossier)
  nomination confirm (SỐ | --dossier SỐ_HỒ_SƠ) --criterion MÃ --result dat|khong_dat [--note …]
                                Chuyên viên xác nhận tiêu chí phải kiểm tra thủ công (một đề nghị, hoặc mọi đề nghị
                                của hồ sơ mà tiêu chí áp dụng; xác nhận sau ghi đè xác nhận trước)
  eligibility MÃ_PHONG_TRÀO --round ĐỢT --award HÌNH_THỨC [--subject agency:MÃ|person:MÃ]
                                Ai đạt tiêu chí (giải thích từng tiêu chí với số liệu đã dùng)
  council member add HỌ_TÊN --movement MÃ … | council report … --office MÃ | council vote --movement MÃ --round ĐỢT
    --date NGÀY --vote SỐ:PHIẾU … | council minutes --movement MÃ --round ĐỢT
                                Thành viên và kết quả bỏ phiếu của Hội đồng TĐKT (tỷ lệ trên tổng số thành viên)
  decision issue --movement MÃ --round ĐỢT [--dossier SỐ …]
                                Quyết định khen thưởng: cấp số, tiền thưởng, lập văn bản, ghi lịch sử khen thưởng
  movement status MÃ [--round ĐỢT] | movement date MÃ --round ĐỢT KHÓA NGÀY
                                Tình hình đợt theo trạng thái, đơn vị; ghi ngày thông báo / sự kiện cho thời hạn
  contest import|entry add|entries|score|results|decide|establish|sheets|award …
                                Cuộc thi: thể lệ, bài dự thi, chấm điểm, xếp hạng, giải, văn bản (xem: tdkt help contest)
  workflow diagram [--format dot]
                                Bảng quy trình: trạng thái, thao tác, vai trò, điều kiện
  export workbook (--movement MÃ --round ĐỢT | --dossier SỐ) -o TỆP.xlsx
                                Bảng tính Hội đồng: danh sách theo hình thức, tổng hợp, phiếu bầu, kiểm phiếu (xem: tdkt help export)
  import nominations|people|units TỆP.xlsx|TỆP.csv … | import template …
                                Nhập danh sách từ Excel/CSV, kiểm tra từng dòng (xem: tdkt help import)
  packet SỐ_HỒ_SƠ|qd:SỐ|ct:MÃ -o TỆP.zip | packet verify TỆP.zip
                                Bộ hồ sơ trình có manifest SHA-256; kiểm tra bộ hồ sơ (xem: tdkt help packet)
  text words|money|date|docno|name|sort …
                                Tiện ích chữ tiếng Việt (xem: tdkt help text)
  help [LỆNH]                   Trợ giúp cho một lệnh

Tùy chọn chung:
  --db ĐƯỜNG_DẪN     Kho dữ liệu SQLite (mặc định ./tdkt.db; tạo mới khi dùng lần đầu)
  --json             In kết quả dạng JSON cho kịch bản
  --now THỜI_ĐIỂM    Cố định đồng hồ (YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM:SS) để kết quả lặp lại được
  --legal TỆP        Tệp ghi đè dữ liệu pháp lý (có thể lặp lại)
  --as VAI_TRÒ:TÊN   Người thực hiện, ghi vào nhật ký (mặc định system:tdkt)
  --tones THỨ_TỰ     Thứ tự dấu thanh khi xếp tên cho lệnh này (ghi đè thiết lập tone_order)
  --version          Phiên bản
  -h, --help         Trợ giúp

Mã thoát: 0 thành công; 1 dữ liệu/tệp không hợp lệ; 2 sai cú pháp lệnh; 3 không tìm thấy;
4 bị từ chối theo quy định; 5 xung đột cập nhật; 6 kiểm tra toàn vẹn thất bại; 10 lỗi môi trường.
)"},
      {"movement", R"(tdkt movement — phong trào thi đua (Kế hoạch phát động)

  tdkt movement validate TỆP…   Kiểm tra tệp JSON (định dạng tdkt.movement/1, xem docs/movement-format.md).
                                Lỗi ghi rõ tệp:dòng:cột và tên trường, bằng tiếng Việt.
  tdkt movement import TỆP…     Kiểm tra rồi nhập; nhập lại cùng mã sẽ cập nhật và ghi nhật ký.
  tdkt movement list            Liệt kê.
  tdkt movement show MÃ         Chi tiết: hình thức, số lượng, tiêu chí, hồ sơ, thời hạn, nơi nhận, người ký.
  tdkt movement status MÃ [--round ĐỢT]
                                Tình hình đợt: hồ sơ theo trạng thái, đề nghị theo kết quả, nộp muộn, quyết định.
  tdkt movement date MÃ KHÓA NGÀY --round ĐỢT
                                Ghi ngày của đợt: hạn do cơ quan thông báo (ví dụ nop-ho-so 2024-12-20) hoặc sự
                                kiện mở thời hạn (ví dụ cong_bo_xep_hang_cchc 2023-01-05: hạn = ngày đó + số ngày
                                của kế hoạch). Các khóa dùng được in ra khi gõ sai.

Ví dụ: tdkt movement validate examples/movements/*.json
)"},
      {"data",
       R"(tdkt data import TỆP — nhập dữ liệu kho (định dạng tdkt.dataset/1, xem docs/dataset-format.md)

Tệp gồm: agencies (cây đơn vị), people (cá nhân), metrics (chỉ số theo năm, ví dụ PAR Index),
ratings (xếp loại hoàn thành nhiệm vụ), awards (khen thưởng đã có), disciplines (kỷ luật),
initiatives (sáng kiến được công nhận). Toàn bộ tệp được nhập trong một giao dịch: lỗi ở một dòng
thì không nhập gì. Nhập lại cùng mã sẽ cập nhật.
)"},
      {"config", R"(tdkt config — thiết lập của kho dữ liệu (lưu trong kho, mỗi thay đổi ghi nhật ký)

  tdkt config list              Các thiết lập, giá trị hiện tại và mặc định
  tdkt config set KHÓA GIÁ_TRỊ  Đặt giá trị

  tone_order   thứ tự dấu thanh khi xếp tên. Mặc định (thứ tự từ điển): ngang,huyen,hoi,nga,sac,nang.
               Một thứ tự khác cũng hay gặp: ngang,huyen,sac,hoi,nga,nang.
               Chữ cái luôn quyết định trước dấu: "Anh" < "Ánh" < "Ao"; đ đứng sau d; ă, â sau a.
  templates_dir  thư mục mẫu văn bản riêng của cơ quan; tệp cùng tên thay mẫu có sẵn khi render
               (tùy chọn --templates của lệnh render được ưu tiên hơn).
)"},
      {"forms", R"(tdkt forms — các mẫu văn bản (forms/*.json + templates/*.xml)

  tdkt forms list                         Danh sách mẫu
  tdkt forms styles                       Các kiểu đoạn theo NĐ 30/2020 dùng được trong mẫu (<p style="…">)
  tdkt forms check [--templates THƯ_MỤC]  Kiểm tra khai báo và mẫu bằng dữ liệu ví dụ; lỗi ghi tệp:dòng:cột.
                                          Với --templates, mẫu cùng tên trong THƯ_MỤC thay cho mẫu có sẵn.
)"},
      {"dossier", R"(tdkt dossier — hồ sơ đề nghị khen thưởng của một đơn vị trong một đợt

Đợt (--round): năm (ví dụ 2024) cho khen thưởng hằng năm / chuyên đề, hoặc tong_ket cho tổng kết giai đoạn.
Người thực hiện: --as VAI_TRÒ:"Họ tên", đã đăng ký bằng tdkt user add. Vai trò: can_bo_don_vi, thu_truong_don_vi
(chỉ với hồ sơ của đơn vị mình), chuyen_vien_tham_dinh, thu_ky_hoi_dong, chu_tich.

  tdkt dossier create --movement MÃ --unit MÃ_ĐƠN_VỊ --round ĐỢT
  tdkt dossier nominate SỐ --award HÌNH_THỨC --subject agency:MÃ|person:MÃ [--summary TÓM_TẮT]
  tdkt dossier meeting SỐ --date NGÀY --members TỔNG --present CÓ_MẶT --vote SỐ_ĐỀ_NGHỊ:PHIẾU … [--chair …] [--secretary …]
       [--absent "Họ tên=ý kiến bằng văn bản"]    (giữ đề nghị khi số phiếu đồng ý trên 50 % tổng số thành viên)
  tdkt dossier generate SỐ                 Lập Biên bản / Trích biên bản và Tờ trình dự thảo (DOCX, PDF) từ dữ liệu
  tdkt dossier attach SỐ --nomination SỐ_ĐỀ_NGHỊ TỆP   Đính kèm Báo cáo thành tích (lưu bản sao và SHA-256)
  tdkt dossier attach SỐ --folder THƯ_MỤC  Đính kèm cả thư mục: mỗi tệp nhận theo mã hoặc họ tên trong tên tệp
       (có dấu hay không dấu đều được, ví dụ «Bao cao - Nguyen Van An.pdf»); tệp không nhận ra, nhận ra hai người,
       hai tệp cho một người, tệp rỗng → không đính kèm tệp nào, liệt kê từng tệp lỗi
  tdkt dossier act SỐ THAO_TÁC [--reason LÝ_DO] [--expect-version N]
       ghi_bien_ban, trinh (cấp số Tờ trình), tiep_nhan, bat_dau_tham_dinh, tra_lai (cần lý do), trinh_lai,
       hoan_thanh_tham_dinh, bieu_quyet, quyet_dinh, luu_tru, rut (cần lý do)
  tdkt dossier appraise SỐ [SỐ …]         Thẩm định: từng tiêu chí đạt / không đạt / chờ xác nhận, kèm số liệu (nhiều
       hồ sơ cùng đợt một lần: kiểm tra tất cả trước, ghi trong một giao dịch)
  tdkt dossier show SỐ | tdkt dossier list [--movement MÃ] [--round ĐỢT]

Thao tác bị từ chối (mã thoát 4) liệt kê mọi điều kiện chưa đạt. Hai người cùng thao tác một hồ sơ: một người
thành công, người kia nhận mã thoát 5 (xung đột) và không có gì bị ghi. Bảng đầy đủ: tdkt workflow diagram.
Thiết lập liên quan: ngay_nghi (ngày nghỉ lễ, cách nhau dấu phẩy, cho thời hạn tính theo ngày làm việc),
nguong_bieu_quyet (ngưỡng của Hội đồng khi văn bản pháp lý không quy định, mặc định >50), ty_le_hop_xet (50),
thu_muc_van_ban (nơi lưu văn bản; mặc định thư mục van-ban cạnh kho).
)"},
      {"render", R"(tdkt render — xuất văn bản theo mẫu

  tdkt render ke-hoach --movement HY-DVCQ-2024 --to docx -o ke-hoach.docx
  tdkt render ke-hoach --data examples/movements/002-hung-yen-dan-van-chinh-quyen-2024.json --to docx -o kh.docx
  tdkt render quyet-dinh --data forms/examples/quyet-dinh.json --to pdf -o quyet-dinh.pdf
  tdkt render ke-hoach --movement PM-CCHC-2021-2025 --to ir -o -     (bản trung gian, để so sánh)

  --to docx      văn bản Word (Word/LibreOffice tự dàn trang)
  --to pdf       PDF do tdkt tự dàn trang: phông Tinos (cùng số đo Times New Roman) nhúng sẵn, khổ A4
                 (giấy khen A4 ngang), xuống dòng và ngắt trang như Word; có ô ký số trống
                 tdkt_chu_ky_nguoi_ky (người ký) và tdkt_chu_ky_co_quan (con dấu cơ quan) để phần mềm ký số điền.
                 Ký tự không có trong phông (ví dụ ký tự lạ dán từ web) là lỗi, chỉ rõ ký tự và đoạn văn.
  --to ir        bản trung gian (IR); --to pageset: vị trí từng chữ trên trang; --to lines: các dòng của từng đoạn
  --breaks total-fit   PDF: ngắt dòng tối ưu cả đoạn (Knuth–Plass), khoảng trắng đều hơn Word;
                 mặc định first-fit (giống Word, để PDF và DOCX xuống dòng như nhau).
  --templates THƯ_MỤC   dùng mẫu riêng của cơ quan (tệp cùng tên), thiếu thì dùng mẫu có sẵn.
  --now THỜI_ĐIỂM       cố định thời điểm ghi trong tệp, để cùng dữ liệu cho cùng tệp.
  Tệp được ghi vào tên tạm rồi đổi tên, không bao giờ để lại tệp dở dang.
)"},
      {"export", R"(tdkt export workbook — bảng tính cho Hội đồng TĐKT

  tdkt export workbook --movement MÃ --round ĐỢT -o hoi-dong.xlsx [--sort don_vi|quyet_dinh] [--stream]
      Các trang: một Danh sách đề nghị cho mỗi hình thức (nhóm theo đơn vị, gộp ô đơn vị, dòng Tổng cộng với
      công thức SUM), Tổng hợp (số lượng theo đơn vị × hình thức, tiền thưởng), Phiếu bầu, Kết quả kiểm phiếu.
      Chỉ gồm hồ sơ đã trình (không gồm hồ sơ đang lập, bị trả lại hoặc đã rút).
      --sort don_vi      theo đơn vị rồi theo tên, đệm, họ (mặc định); --sort quyet_dinh: thứ tự trong Quyết định
      --stream           ghi kiểu luồng (tự động khi trên 20.000 dòng; khi đó không gộp ô đơn vị)
      Tiền thưởng: số tiền của Quyết định nếu đã có, nếu chưa thì dự kiến theo mức lương cơ sở hôm nay (có ghi chú).
  tdkt export workbook --dossier SỐ -o danh-sach.xlsx
      Danh sách đề nghị và tổng hợp của một hồ sơ.
)"},
      {"import",
       R"(tdkt import — nhập danh sách từ Excel (.xlsx) hoặc CSV (UTF-8, có hoặc không BOM; dấu , hoặc ;)

  tdkt import template nominations|people|units [--dossier SỐ] -o mau.xlsx
      Mẫu để đơn vị điền: dòng tiêu đề cột, một dòng ví dụ, trang «Hướng dẫn»; với --dossier có sẵn danh sách
      chọn hình thức của phong trào.
  tdkt import nominations TỆP --dossier SỐ [--sheet TRANG] [--good-rows-only] [--mark loi.xlsx]
      Cột nhận biết theo tên (thứ tự tùy ý): Họ và tên / Tên tập thể, Hình thức đề nghị (bắt buộc); Loại (Cá nhân /
      Tập thể, hoặc dùng dòng «I. Cá nhân», «II. Tập thể»), Mã, Ngày sinh, Chức vụ, Đơn vị, Tóm tắt thành tích.
      Người được tìm theo mã hoặc họ tên trong đơn vị lập hồ sơ và các đơn vị trực thuộc (ngày sinh để phân biệt
      người trùng tên). Có lỗi thì không nhập dòng nào, mã thoát 1; mỗi lỗi ghi trang, dòng, cột và mã lỗi.
      --good-rows-only   vẫn nhập các dòng đúng, bỏ qua dòng lỗi
      --mark TỆP.xlsx    ghi bản sao danh sách, tô đỏ ô lỗi, ghi chú lý do và cột «Lỗi» để gửi lại đơn vị
  tdkt import people TỆP      cột: Mã, Họ và tên, Mã đơn vị (bắt buộc); Giới tính, Ngày sinh, Chức vụ, Lãnh đạo chủ chốt
  tdkt import units TỆP       cột: Mã, Tên đơn vị, Cấp (bắt buộc); Tên viết tắt, Nhóm xếp hạng, Mã đơn vị cấp trên
  Tệp zip có đường dẫn tuyệt đối hoặc «..», thành phần quá lớn hoặc nén bất thường (bom nén), XML có DOCTYPE/ENTITY
  bị từ chối trước khi đọc.
)"},
      {"packet", R"(tdkt packet — bộ hồ sơ trình cấp trên

  tdkt packet SỐ_HỒ_SƠ -o ho-so.zip
      Tờ trình kèm Danh sách, Biên bản, Báo cáo thành tích, danh sách XLSX (văn bản lập bằng tdkt có cả DOCX và PDF),
      ho-so-gop.pdf (mọi PDF gộp một tệp, dấu trang theo thứ tự thành phần hồ sơ của kế hoạch) và manifest.json
      (phong trào, hồ sơ, trạng thái, căn cứ pháp lý, SHA-256 và kích thước từng tệp). Văn bản bị sửa trên đĩa
      sau khi lập thì từ chối (mã thoát 6). Cùng dữ liệu và đồng hồ (--now) cho cùng từng byte.
  tdkt packet qd:SỐ -o quyet-dinh.zip
      Bộ hồ sơ của một Quyết định (SỐ là số nội bộ, quyết định đầu tiên là 1): Quyết định, danh sách XLSX
      người được khen, Tờ trình của các đơn vị, Báo cáo thẩm định, Biên bản họp Hội đồng.
  tdkt packet ct:MÃ_CUỘC_THI -o gui-cap-tren.zip
      Hồ sơ cuộc thi gửi cấp trên (sau tdkt contest award): Tờ trình kèm danh sách, Quyết định công nhận kết quả,
      Biên bản họp Ban giám khảo, Bảng tổng hợp điểm (cả XLSX) và tệp của các bài được đề nghị.
  tdkt packet verify TỆP.zip
      Tính lại SHA-256 từng tệp; báo tệp thiếu, thừa, bị thay đổi (mã thoát 6).
)"},
      {"nomination",
       R"(tdkt nomination confirm — chuyên viên thẩm định xác nhận tiêu chí phải kiểm tra thủ công

  tdkt nomination confirm SỐ_ĐỀ_NGHỊ --criterion MÃ --result dat|khong_dat [--note GHI_CHÚ]
  tdkt nomination confirm --dossier SỐ_HỒ_SƠ --criterion MÃ --result dat|khong_dat [--note GHI_CHÚ]
      Cả hồ sơ: mọi đề nghị được đơn vị thống nhất mà tiêu chí áp dụng (theo hình thức và loại đối tượng).
Chỉ khi hồ sơ đang thẩm định; người thực hiện --as chuyen_vien_tham_dinh:"Họ tên". Đề nghị được đánh giá lại ngay;
xác nhận sau ghi đè xác nhận trước của cùng tiêu chí. Mã tiêu chí: tdkt movement show MÃ_PHONG_TRÀO.
)"},
      {"user", R"(tdkt user — người dùng và vai trò trong quy trình

  tdkt user add "Họ tên" --role VAI_TRÒ [--unit MÃ_ĐƠN_VỊ] [--title CHỨC_DANH]
  tdkt user list
Vai trò: can_bo_don_vi, thu_truong_don_vi (cần --unit), chuyen_vien_tham_dinh, thu_ky_hoi_dong, chu_tich.
Người thực hiện mỗi lệnh: --as VAI_TRÒ:"Họ tên". Hai người trùng họ tên cùng vai trò ở hai đơn vị phải được
đăng ký với tên phân biệt, ví dụ «Nguyễn Văn Hùng (DV160)» (tdkt từ chối đăng ký trùng).
)"},
      {"council", R"(tdkt council — Hội đồng Thi đua - Khen thưởng

  tdkt council member add "Họ tên" --movement MÃ --position CHỨC_VỤ --role chu_tich|pho_chu_tich|uy_vien|thu_ky
  tdkt council report --movement MÃ --round ĐỢT --office MÃ_CƠ_QUAN [--signer "Họ tên"] [--title CHỨC_VỤ]
  tdkt council vote --movement MÃ --round ĐỢT --date NGÀY --vote SỐ_ĐỀ_NGHỊ:PHIẾU_ĐỒNG_Ý … [--absent "Họ tên=ý kiến"]
  tdkt council minutes --movement MÃ --round ĐỢT
report: Báo cáo thẩm định gửi Hội đồng (DOCX, PDF), số BC-<cơ quan> trong sổ của cơ quan thẩm định (--office, ví
dụ PNV): từng trường hợp đã thẩm định, từng tiêu chí (đạt / không đạt / cần xác nhận) với số liệu đối chiếu, đối
chiếu số lượng trên các hồ sơ đã nhận, kiến nghị. Người ký mặc định là người thực hiện; chức vụ mặc định theo tên
cơ quan (TRƯỞNG PHÒNG, GIÁM ĐỐC). Người thực hiện: --as chuyen_vien_tham_dinh:"Họ tên".
vote: chỉ đề nghị đủ điều kiện của hồ sơ đã thẩm định xong. Tỷ lệ tính trên tổng số thành viên; ngưỡng theo văn
bản pháp lý có hiệu lực vào ngày họp (tdkt legal show --date NGÀY). Người thực hiện: --as thu_ky_hoi_dong:"Họ tên".
minutes: Biên bản họp Hội đồng của lần họp gần nhất (số BB-HĐTĐKT): thành viên có mặt, vắng, ý kiến bằng văn
bản, kết quả biểu quyết từng trường hợp. Người thực hiện: --as thu_ky_hoi_dong:"Họ tên".
Cả hai văn bản vào bộ hồ sơ Quyết định (tdkt packet qd:SỐ).
)"},
      {"contest", R"(tdkt contest — cuộc thi (kế hoạch loại cuoc_thi, ví dụ cuộc thi viết sáng kiến)

  tdkt contest import THỂ_LỆ.json
        Thể lệ (tdkt.contest/1, xem docs/contest-format.md): tiêu chí chấm và điểm tối đa, cách tính điểm xét,
        tiêu chí phân định khi bằng điểm, các giải (số lượng, mức thưởng), thành viên Ban tổ chức, Ban giám
        khảo, Tổ thư ký. Phong trào phải đã nhập (tdkt movement import).
  tdkt contest entry add --movement MÃ --title "Tên bài" --topic SỐ --author person:MÃ [--author agency:MÃ …]
        [--summary "Tóm tắt"] [--file BÀI.pdf]
        Tổ thư ký hoặc Ban tổ chức nhận bài (--as thu_ky:"Họ tên"); cấp mã bài (SK-01 …); báo bài có thể trùng
        sáng kiến đã được công nhận hoặc bài đã nhận (kèm mức giống), để Ban tổ chức xem xét.
  tdkt contest entries --movement MÃ [--blind]     Danh sách bài; --blind: chỉ mã và tên bài, không tác giả.
  tdkt contest score --movement MÃ --judge "Họ tên" --entry MÃ_BÀI --points TIÊU_CHÍ=ĐIỂM …
  tdkt contest score --movement MÃ --judge "Họ tên" --file PHIẾU.csv|PHIẾU.xlsx
        Điểm của một giám khảo (do chính giám khảo hoặc Tổ thư ký nhập). Từ chối: người không thuộc Ban giám
        khảo, điểm ngoài 0 – tối đa, thiếu tiêu chí, giám khảo chấm bài của đơn vị mình hoặc của chính mình.
        Tệp phiếu: dòng đầu «Mã bài» và mã (hoặc tên) từng tiêu chí; mỗi dòng một bài.
  tdkt contest results --movement MÃ
        Xếp hạng: điểm xét (trung bình; từ N giám khảo trở lên bỏ điểm cao nhất và thấp nhất), phân định khi bằng
        điểm theo thể lệ, giải; nêu bài còn thiếu điểm và đồng hạng ở ranh giới giải. Không ghi gì.
  tdkt contest decide --movement MÃ --order SK-03,SK-07 --note "Biên bản họp Ban giám khảo ngày …"
        Thứ tự do Ban giám khảo quyết định cho các bài vẫn đồng hạng sau mọi tiêu chí phân định của thể lệ (đủ cả
        nhóm, bài xếp trên trước); Trưởng ban giám khảo hoặc Ban tổ chức thực hiện, ghi căn cứ vào nhật ký.
  tdkt contest establish --movement MÃ   Quyết định thành lập Ban tổ chức, Ban giám khảo, Tổ thư ký (có số).
  tdkt contest sheets --movement MÃ      Phiếu chấm điểm của từng giám khảo (mã bài; điểm đã nhập nếu có).
  tdkt contest award --movement MÃ [--place "Nơi họp"]
        Khi đủ điểm và không còn đồng hạng ở ranh giới giải: Bảng tổng hợp điểm (XLSX, DOCX, PDF), Biên bản họp
        Ban giám khảo, Quyết định công nhận kết quả và trao giải kèm danh sách, Giấy chứng nhận cho từng bài đạt
        giải, Tờ trình gửi các bài tiêu biểu lên cấp trên. Người ký kế hoạch hoặc Ban tổ chức thực hiện.
)"},
      {"decision", R"(tdkt decision issue — Quyết định khen thưởng

  tdkt decision issue --movement MÃ --round ĐỢT [--dossier SỐ …]
Cấp số trong sổ của cơ quan ban hành theo năm, tiền thưởng = hệ số × mức lương cơ sở vào ngày ký (làm tròn lên
hàng chục nghìn), lập Quyết định kèm Danh sách (DOCX, PDF), ghi lịch sử khen thưởng. Bị từ chối (mã thoát 4) khi
hình thức khen thưởng hết hiệu lực vào ngày quyết định [hieu_luc] hoặc vượt chỉ tiêu [so_luong].
Người thực hiện: --as chu_tich:"Họ tên".
)"},
      {"eligibility", R"(tdkt eligibility — ai đạt tiêu chí của một hình thức khen thưởng

  tdkt eligibility MÃ_PHONG_TRÀO --round ĐỢT --award HÌNH_THỨC [--subject agency:MÃ|person:MÃ]
Mỗi tiêu chí: đạt / không đạt / chờ xác nhận thủ công, kèm số liệu đã dùng. Không ghi gì vào kho.
)"},
      {"workflow", R"(tdkt workflow diagram [--format dot] — bảng quy trình của hồ sơ

Mỗi dòng: trạng thái —thao tác [vai trò] {điều kiện}→ trạng thái mới. --format dot cho Graphviz.
)"},
      {"unit", "tdkt unit list — cây đơn vị (mã, tên, cấp).\n"},
      {"person",
       "tdkt person list [--unit MÃ] [--tones THỨ_TỰ] — cá nhân xếp theo tên, rồi đệm, rồi họ (thứ tự chữ "
       "cái tiếng Việt;\nthứ tự dấu theo thiết lập tone_order của kho, xem tdkt help config).\n"},
      {"legal", R"(tdkt legal — dữ liệu pháp lý theo ngày (data/legal/legal-bases.json)

  tdkt legal show [--date YYYY-MM-DD]
      Nghị định có hiệu lực (NĐ 91/2017 → NĐ 98/2023 từ 01/01/2024 → NĐ 152/2025 từ 01/7/2025),
      mức lương cơ sở, các cấp không còn tồn tại.
  tdkt legal money HÌNH_THỨC [--subject ca_nhan|tap_the] [--date YYYY-MM-DD]
      Ví dụ: tdkt legal money lao_dong_tien_tien --date 2025-12-20  → 0,3 × 2.340.000 = 702.000 → 710.000 đồng
  Giá trị chưa xác nhận [U] được đánh dấu; ghi đè bằng --legal TỆP.
)"},
      {"audit",
       "tdkt audit verify — tính lại chuỗi băm SHA-256 của nhật ký; báo dòng bị sửa hoặc xóa (mã thoát "
       "6).\n"},
      {"check", "tdkt check — PRAGMA integrity_check, khóa ngoại và chuỗi nhật ký của kho dữ liệu.\n"},
      {"init",
       "tdkt init — tạo kho dữ liệu tại --db (mặc định ./tdkt.db) và áp dụng các bước cập nhật lược đồ.\n"},
      {"text", R"(tdkt text — tiện ích chữ tiếng Việt

  tdkt text words SỐ            Đọc số bằng chữ: 1005 → một nghìn không trăm linh năm
  tdkt text money SỐ            Bằng chữ có "đồng": 2340000 → Hai triệu ba trăm bốn mươi nghìn đồng
  tdkt text date YYYY-MM-DD [--place ĐỊA_DANH]
                                Ngày theo NĐ 30/2020: Hà Nội, ngày 05 tháng 01 năm 2025
  tdkt text docno SỐ KÝ_HIỆU    Số văn bản: 5 TTr-UBND → Số: 05/TTr-UBND
  tdkt text name "HỌ TÊN"       Tách họ / đệm / tên
  tdkt text sort [--tones THỨ_TỰ]
                                Xếp các dòng nhập vào (mỗi dòng một họ tên) theo tên, đệm, họ.
                                THỨ_TỰ dấu mặc định: ngang,huyen,hoi,nga,sac,nang
)"},
  };
  auto it = topics.find(topic);
  return it == topics.end() ? "" : it->second;
}

}  // namespace tdkt::cli
