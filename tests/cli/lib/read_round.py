#!/usr/bin/env python3
"""Reads the text of every DOCX of a round's folder (python-docx: paragraphs and table cells) and prints one line
per phrase an office would not sign: a count of zero written out («00 cá nhân»), a phrase written twice in a row
(«năm 2024 năm 2024»), a criterion cut with «…», a capitalised issuer after «Chủ tịch» («Chủ tịch HUYỆN»), a header or addressee without its name («UBND HUYỆN», «Kính gửi: Chủ tịch UBND huyện»), a
signer titled «THỦ TRƯỞNG ĐƠN VỊ», a role
given as a name («Thư ký: Thư ký»), and a Tờ trình cited without its issuer (the same «01/TTr-UBND» twelve times), the plan cited without its
number and date («Căn cứ Kế hoạch của …»), a draft's blanks collapsed («Số: /TTr-UBND»), the legal data's «[U]»
mark, «≥ 70» or «— có 0» where words belong, «Cộng: 03» without its noun, «Kính trình xem xét» without its
addressee, «- Lưu:» without VT, money in words starting lower-case, and a chairman's own decision or certificate
signed «TM. ỦY BAN NHÂN DÂN». Exit 1 when any is found, 2 on a bad folder."""
import re
import sys
from pathlib import Path

import docx

CLASSES = [
    ("số 0 viết ra", re.compile(r"\b00 (tập thể|cá nhân)\b|(Tập thể|Cá nhân): 00\b")),
    ("cụm từ lặp", re.compile(r"\b((?:năm|ngày|tháng) \d{1,4}) \1\b")),
    ("tiêu chí bị cắt", re.compile(r"\w…")),
    ("cơ quan viết hoa sau «Chủ tịch»", re.compile(r"Chủ tịch (HUYỆN|TỈNH|XÃ|THÀNH PHỐ|PHƯỜNG)\b")),
    ("vai trò ghi thay tên", re.compile(r"\b(Thư ký|Chủ trì|Chủ tọa): (Thư ký|Chủ trì|Chủ tọa)\b")),
    ("cơ quan không có tên", re.compile(r"^(UBND|ỦY BAN NHÂN DÂN) (HUYỆN|TỈNH|THÀNH PHỐ|THỊ XÃ|XÃ|PHƯỜNG)$"
                                        r"|^Kính gửi: .*(UBND|Ủy ban nhân dân) (huyện|tỉnh|thành phố|thị xã|xã|phường)( \(|$)"
                                        r"|đề nghị Chủ tịch (UBND|Ủy ban nhân dân) (huyện|tỉnh|thành phố|xã|phường) xem xét")),
    ("chức danh người ký chung chung", re.compile(r"^THỦ TRƯỞNG ĐƠN VỊ$")),
    ("Kế hoạch dẫn không có số, ngày", re.compile(r"\bKế hoạch của (Ủy ban|UBND|Chủ tịch|Sở|Phòng)")),
    ("chỗ trống để ghi tay bị mất", re.compile(r"^Số: /|, ngày tháng (\d+ )?năm \d{4}$")),
    ("dấu dữ liệu «[U]» trong văn bản", re.compile(r"\[U\]")),
    ("ký hiệu so sánh thay lời", re.compile(r"[≥≤] ?\d| — (thực tế|có) \d")),
    ("số lượng không kèm danh từ", re.compile(r"^Cộng: \d+$")),
    ("Kính trình không có người nhận", re.compile(r"^Kính trình xem xét")),
    ("Lưu không có VT", re.compile(r"^- Lưu: (?!VT)")),
    ("bằng chữ viết thường đầu", re.compile(r"đồng \((?!Bằng chữ)[a-zđ]")),
    ("ngoặc kép kiểu Pháp «…» (văn bản tiếng Việt dùng “…”)", re.compile(r"[«»]")),
    ("gạch dài thay lời trong câu", re.compile(r"\w — \w")),
    ("vắng nêu số 0", re.compile(r"vắng: 00\b")),
]
# A decision or certificate issued in the chairman's own name («CHỦ TỊCH ỦY BAN NHÂN DÂN …» as its authority)
# is signed «CHỦ TỊCH», not for the collective.
CHAIRMAN_ISSUES = re.compile(r"^CHỦ TỊCH ỦY BAN NHÂN DÂN ")
CITED = re.compile(r"\b\d{2,}/TTr-[^\s;,.)]+")


def paragraphs(path):
    d = docx.Document(path)
    for p in d.paragraphs:
        yield p.text
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    yield p.text


def main():
    folder = Path(sys.argv[1])
    files = sorted(folder.glob("*.docx"))
    if not files:
        print(f"{folder}: không có tệp DOCX", file=sys.stderr)
        return 2
    found = 0
    for f in files:
        texts = [t.strip() for t in paragraphs(f)]
        if any(CHAIRMAN_ISSUES.match(t) for t in texts) and "TM. ỦY BAN NHÂN DÂN" in texts:
            found += 1
            print(f"{f.name}: văn bản của Chủ tịch ký «TM. ỦY BAN NHÂN DÂN»")
        for text in paragraphs(f):
            for name, rx in CLASSES:
                m = rx.search(text.strip())
                if m:
                    found += 1
                    print(f"{f.name}: {name}: «{m.group(0)}» trong «{text[:120]}»")
            for m in CITED.finditer(text):  # each Tờ trình cited with its issuer: «số 01/TTr-UBND ngày … của …»
                rest = re.split(r"[;)]", text[m.end():], maxsplit=1)[0]
                if " của " not in rest and not text.startswith("Số:"):
                    found += 1
                    print(f"{f.name}: Tờ trình «{m.group(0)}» dẫn không có cơ quan ban hành: «{text[:160]}»")
    print(f"{len(files)} tệp đã đọc, {found} chỗ cần sửa")
    return 1 if found else 0


sys.exit(main())
