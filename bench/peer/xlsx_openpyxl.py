# The same 100,000-row list with openpyxl in write-only mode (the peer an office script would use).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.filters import AutoFilter

rows, out = int(sys.argv[1]), sys.argv[2]
units = ["Ủy ban nhân dân xã Mỹ Đức", "Ủy ban nhân dân xã Mỹ Lộc", "Phòng Nội vụ", "Ủy ban nhân dân thị trấn Phù Mỹ"]
wb = Workbook(write_only=True)
ws = wb.create_sheet("Danh sách")
thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
font = Font(name="Times New Roman", size=12); bold = Font(name="Times New Roman", size=12, bold=True)
ws.freeze_panes = "A4"
ws.auto_filter.ref = f"A3:J{3 + rows}"
ws.print_title_rows = "3:3"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.merged_cells.add("A1:J1") if hasattr(ws, "merged_cells") else None
def cell(v, f=font, fmt=None):
    c = WriteOnlyCell(ws, value=v); c.font = f; c.border = border
    if fmt: c.number_format = fmt
    return c
ws.append([cell("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", bold)])
ws.append([])
ws.append([cell(h, bold) for h in ["STT", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích",
                                   "Kết quả thẩm định", "Phiếu đồng ý", "Tỷ lệ %", "Tiền thưởng (đồng)"]])
for i in range(rows):
    ws.append([cell(i + 1, fmt="#,##0"), cell(f"Nguyễn Thị Ngọc Ánh {i}"), cell("Công chức Văn phòng - Thống kê"),
               cell(units[(i // 25) % 4]), cell("Giấy khen của Chủ tịch Ủy ban nhân dân huyện"),
               cell("Hoàn thành xuất sắc nhiệm vụ cải cách hành chính; có sáng kiến được công nhận cấp cơ sở"),
               cell("Đủ điều kiện"), cell(6, fmt="#,##0"), cell(6 / 7, fmt="0.00%"), cell(710000, fmt="#,##0")])
ws.append([None] * 9 + [cell(f"=SUM(J4:J{3 + rows})", fmt="#,##0")])
wb.save(out)
