#!/usr/bin/python3
"""Province-scale data for bench/province.sh (fictional): UNITS units under one People's Committee, each with PER_UNIT
people, the records the rules read (PAR INDEX per unit and year, the 2024 ratings, the 2023 Giấy khen), and what
every unit sends in a round: its nomination list as an Excel file (the collective + every person) and a folder with
one Báo cáo thành tích (a small PDF) per nominee, named by the nominee as clerks name them.

Usage: province_data.py OUT_DIR [UNITS] [PER_UNIT]   (defaults 200 and 24: 200 × 25 = 5,000 nominations)
Writes OUT_DIR/data.json (tdkt.dataset/1), OUT_DIR/units.tsv (code, kind, head's user name), OUT_DIR/ds/CODE.xlsx,
OUT_DIR/bc/CODE/*.pdf. Deterministic: the same arguments give the same files."""
import json
import os
import random
import sys

from openpyxl import Workbook

out = sys.argv[1]
n_units = int(sys.argv[2]) if len(sys.argv) > 2 else 200
per_unit = int(sys.argv[3]) if len(sys.argv) > 3 else 24
rng = random.Random(2024)

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Lý"]
DEM = ["Văn", "Thị", "Minh", "Thị Thu", "Quốc", "Ngọc", "Hữu", "Thị Kim", "Đức", "Thanh", "Xuân", "Thị Mỹ"]
TEN = ["Hùng", "Hương", "Dũng", "Lan", "Tuấn", "Hoa", "Bình", "Trang", "Phúc", "Nhung", "Khánh", "Thảo", "Sơn", "Yến",
       "Long", "Hạnh", "Nam", "Vy", "Tâm", "Ánh", "Hải", "Loan", "Quang", "Hiền"]
XA = ["An", "Bình", "Phước", "Hòa", "Tân", "Thạnh", "Mỹ", "Phú", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Lộc", "Trung"]
XA2 = ["Lợi", "Thành", "Hiệp", "Quang", "Thọ", "Chánh", "Đức", "Châu", "Thắng", "Hải", "Trinh", "Cát", "Tài", "Sơn"]
PHONG = ["Văn phòng", "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế và Hạ tầng",
         "Phòng Tài nguyên và Môi trường", "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo", "Phòng Y tế",
         "Thanh tra"]
CHUC_VU = ["Chuyên viên phụ trách cải cách hành chính", "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
           "Phó Chủ tịch", "Công chức Địa chính - Xây dựng", "Chuyên viên", "Phó Trưởng phòng", "Kế toán"]

agencies = [{"code": "UBND-PM", "name": "Ủy ban nhân dân huyện Phù Mỹ", "short_name": "UBND huyện", "level": "huyen",
             "kind": "ubnd"}]
people, metrics, ratings, awards, units = [], [], [], [], []
used_names = set()
heads = set()
pcount = 0
for u in range(n_units):
    code = f"DV{u + 1:03d}"
    if u % 5 == 0:  # one unit in five is a district office, the rest are communes
        name = f"{PHONG[(u // 5) % len(PHONG)]} khu vực {u // 5 + 1}"
        agencies.append({"code": code, "name": name, "level": "phong", "kind": "co_quan", "parent": "UBND-PM"})
    else:
        xa = f"{XA[u % len(XA)]} {XA2[(u * 7) % len(XA2)]}"
        while xa in used_names:
            xa += " " + XA[(u + len(xa)) % len(XA)]
        used_names.add(xa)
        agencies.append({"code": code, "name": f"Ủy ban nhân dân xã {xa}", "short_name": f"UBND xã {xa}", "level": "xa",
                         "kind": "xa", "parent": "UBND-PM"})
    # PAR INDEX: ≥ 70 in 2023 and 2024 for nine units in ten (the consecutive-years criterion), ranks vary.
    base = 68 + rng.random() * 25 if u % 10 else 55 + rng.random() * 12
    metrics.append({"subject": f"agency:{code}", "metric": "par_index",
                    "values": {str(y): round(base + rng.random() * 4 - 1, 2) for y in range(2021, 2026)}})
    staff, names_here = [], set()
    for i in range(per_unit + 1):  # the head (signs the Tờ trình) + the staff nominated
        pcount += 1
        pc = f"P{pcount:05d}"
        while True:
            full = f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}"
            if full not in names_here:
                break
        names_here.add(full)
        female = " Thị" in full
        people.append({"code": pc, "full_name": full, "gender": "nu" if female else "nam",
                       "birth_date": f"{1965 + rng.randrange(35)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}",
                       "position": "Chủ tịch" if i == 0 else rng.choice(CHUC_VU), "agency": code, "key_leader": i == 0})
        if i == 0:
            # The head signs in as a tdkt user; a namesake heading another unit is registered with the unit's
            # code after the name (tdkt refuses two users with the same name and role).
            head = full if full not in heads else f"{full} ({code})"
            heads.add(head)
            continue
        level = "hoan_thanh_xuat_sac" if rng.random() < 0.9 else "hoan_thanh_tot"
        ratings.append({"subject": f"person:{pc}", "year": 2024, "level": level})
        ratings.append({"subject": f"person:{pc}", "year": 2023, "level": "hoan_thanh_xuat_sac"})
        if rng.random() < 0.85:
            awards.append({"subject": f"person:{pc}", "year": 2023, "award": "giay_khen_chu_tich_huyen",
                           "name": "Giấy khen của Chủ tịch UBND huyện", "decision": f"{100 + u}/QĐ-UBND",
                           "date": "2024-02-20", "issuer": "Chủ tịch UBND huyện Phù Mỹ", "kind": "chuyen_de",
                           "topic": "cchc"})
        staff.append((pc, full, people[-1]["position"]))
    units.append((code, agencies[-1]["name"], head, staff))

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "data.json"), "w", encoding="utf-8") as f:
    json.dump({"schema": "tdkt.dataset/1",
               "description": "Dữ liệu hư cấu quy mô tỉnh cho bench/province.sh (sinh bởi bench/province_data.py).",
               "agencies": agencies, "people": people, "metrics": metrics, "ratings": ratings, "awards": awards,
               "disciplines": [], "initiatives": []}, f, ensure_ascii=False)


def tiny_pdf(lines):
    """A valid two-page PDF (Helvetica, ASCII text) with a correct cross-reference table."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>"]
    body = []
    for page in range(2):
        text = "".join(f"BT /F1 12 Tf 72 {770 - 18 * k} Td ({s}) Tj ET\n" for k, s in enumerate(lines + [f"Trang {page + 1}"]))
        stream = text.encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * page} 0 R "
                    f"/Resources << /Font << /F1 7 0 R >> >> >>")
        objs.append(("<< /Length %d >>\nstream\n" % len(stream)) + stream.decode("latin-1") + "endstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pdf = b"%PDF-1.4\n"
    offsets = []
    for k, o in enumerate(objs):
        offsets.append(len(pdf))
        pdf += f"{k + 1} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(pdf)
    pdf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    pdf += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    pdf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def ascii_name(s):
    import unicodedata
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


os.makedirs(os.path.join(out, "ds"), exist_ok=True)
with open(os.path.join(out, "units.tsv"), "w", encoding="utf-8") as tsv:
    for code, name, head, staff in units:
        tsv.write(f"{code}\t{'co_quan' if ' khu vực ' in name else 'xa'}\t{head}\n")
        wb = Workbook()
        ws = wb.active
        ws.title = "Danh sách"
        ws.append([f"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024 — {name.upper()}"])
        ws.append([])
        ws.append(["STT", "Loại", "Mã", "Họ và tên / Tên tập thể", "Chức vụ", "Hình thức đề nghị", "Tóm tắt thành tích"])
        ws.append([1, "Tập thể", code, name, None, "gk-tt-hang-nam", "Dẫn đầu khối về chỉ số cải cách hành chính năm 2024"])
        for k, (pc, full, pos) in enumerate(staff):
            ws.append([k + 2, "Cá nhân", pc, full, pos, "gk-cn-hang-nam",
                       "Trực tiếp tham mưu công tác cải cách hành chính của đơn vị, hoàn thành xuất sắc nhiệm vụ năm 2024"])
        wb.save(os.path.join(out, "ds", f"{code}.xlsx"))
        d = os.path.join(out, "bc", code)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"Bao cao thanh tich tap the {code}.pdf"), "wb") as f:
            f.write(tiny_pdf([f"BAO CAO THANH TICH NAM 2024 - {ascii_name(name)}", "(ban vi du, du lieu hu cau)"]))
        for pc, full, pos in staff:
            # Half the clerks keep the accents in the file name, half do not.
            fname = f"Báo cáo thành tích - {full}.pdf" if int(pc[1:]) % 2 else f"Bao cao thanh tich - {ascii_name(full)}.pdf"
            with open(os.path.join(d, fname), "wb") as f:
                f.write(tiny_pdf([f"BAO CAO THANH TICH CA NHAN NAM 2024 - {ascii_name(full)} ({pc})",
                                  ascii_name(pos), ascii_name(name), "(ban vi du, du lieu hu cau)"]))
print(f"{len(units)} đơn vị, {len(people)} cá nhân, {len(units) * (per_unit + 1)} đề nghị → {out}")
