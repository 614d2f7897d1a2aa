#!/usr/bin/env python3
"""Generates examples/datasets/phu-my-2021-2025.json: a fictional but realistic workspace for the Phù Mỹ
CCHC movement (seed 004). Deterministic (fixed seed), so the committed file can be regenerated exactly.
Names are invented combinations of common Vietnamese family, middle and given names; unit names are the
real agencies and communes of the former Phù Mỹ district (Bình Định). PAR scores are invented."""
import json, random, sys

rng = random.Random(20220413)
YEARS = [2021, 2022, 2023, 2024, 2025]

agencies = [{"code": "UBND-PM", "name": "Ủy ban nhân dân huyện Phù Mỹ", "short_name": "UBND huyện", "level": "huyen", "kind": "ubnd"}]
co_quan = [("VP", "Văn phòng HĐND và UBND huyện"), ("PNV", "Phòng Nội vụ"), ("PTP", "Phòng Tư pháp"),
           ("PTCKH", "Phòng Tài chính - Kế hoạch"), ("PKTHT", "Phòng Kinh tế và Hạ tầng"),
           ("PTNMT", "Phòng Tài nguyên và Môi trường"), ("PVHTT", "Phòng Văn hóa và Thông tin"),
           ("PGDDT", "Phòng Giáo dục và Đào tạo"), ("PLDTBXH", "Phòng Lao động - Thương binh và Xã hội"),
           ("PNNPTNT", "Phòng Nông nghiệp và Phát triển nông thôn"), ("TTRA", "Thanh tra huyện"), ("PYT", "Phòng Y tế")]
xa = [("TT-PHUMY", "thị trấn Phù Mỹ"), ("TT-BINHDUONG", "thị trấn Bình Dương"), ("MY-DUC", "xã Mỹ Đức"),
      ("MY-CHAU", "xã Mỹ Châu"), ("MY-THANG", "xã Mỹ Thắng"), ("MY-LOC", "xã Mỹ Lộc"), ("MY-LOI", "xã Mỹ Lợi"),
      ("MY-AN", "xã Mỹ An"), ("MY-PHONG", "xã Mỹ Phong"), ("MY-TRINH", "xã Mỹ Trinh"), ("MY-THO", "xã Mỹ Thọ"),
      ("MY-HOA", "xã Mỹ Hòa"), ("MY-THANH", "xã Mỹ Thành"), ("MY-CHANH", "xã Mỹ Chánh"),
      ("MY-CHANH-TAY", "xã Mỹ Chánh Tây"), ("MY-QUANG", "xã Mỹ Quang"), ("MY-HIEP", "xã Mỹ Hiệp"),
      ("MY-TAI", "xã Mỹ Tài"), ("MY-CAT", "xã Mỹ Cát")]
for code, name in co_quan:
    agencies.append({"code": code, "name": name, "level": "phong", "kind": "co_quan", "parent": "UBND-PM"})
for code, name in xa:
    agencies.append({"code": code, "name": "Ủy ban nhân dân " + name, "short_name": "UBND " + name,
                     "level": "xa", "kind": "xa", "parent": "UBND-PM"})

metrics, ratings, awards, disciplines, initiatives, people = [], [], [], [], [], []
# PAR index per unit and year. A few units are made to matter for the rules: a steady leader, a unit
# that reaches 70 in exactly 3 of 5 years, and a tie for third place among communes in 2024.
for code, _ in co_quan + xa:
    base = rng.uniform(58, 84)
    vals = {}
    for y in YEARS:
        vals[str(y)] = round(min(96.0, max(50.0, base + rng.uniform(-6, 7) + (y - 2021) * 0.8)), 2)
    metrics.append({"subject": "agency:" + code, "metric": "par_index", "values": vals})
def set_par(code, values):
    for m in metrics:
        if m["subject"] == "agency:" + code:
            m["values"] = {str(y): v for y, v in zip(YEARS, values)}
set_par("MY-DUC", [88.10, 90.25, 91.40, 92.75, 93.10])      # steady leader among communes
set_par("MY-THANG", [69.50, 72.00, 66.80, 71.30, 70.00])    # exactly 3 of 5 years ≥ 70
set_par("MY-LOC", [74.00, 79.40, 84.20, 88.60, 86.90])
set_par("MY-CHAU", [71.00, 76.50, 82.10, 88.60, 85.00])     # ties MY-LOC for 2nd/3rd in 2024
set_par("PNV", [86.00, 88.40, 90.10, 91.30, 92.00])          # leader among agencies
set_par("PTP", [80.20, 83.10, 85.00, 86.50, 87.20])

male_ho = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Phan", "Trương", "Đinh", "Lương", "Tạ", "Lý"]
male_dem = ["Văn", "Minh", "Quốc", "Đức", "Hữu", "Thanh", "Công", "Ngọc", "Xuân", "Tấn"]
male_ten = ["Hùng", "Dũng", "Tuấn", "Bình", "Phúc", "Lâm", "Khánh", "Tài", "Thắng", "Quang", "Hải", "Sơn", "Định", "Tín", "Nhân", "Lộc", "Trí", "Vũ"]
fem_dem = ["Thị", "Thị Thu", "Thị Kim", "Ngọc", "Thị Mỹ", "Thị Thanh", "Thị Bích", "Thị Hồng"]
fem_ten = ["Hương", "Lan", "Hoa", "Trang", "Nhung", "Loan", "Thảo", "Vy", "Diệu", "Hằng", "Ánh", "Yến", "Ngân", "Oanh", "Uyên", "Ái"]
used = set()
def make_name(gender):
    while True:
        if gender == "nam":
            n = f"{rng.choice(male_ho)} {rng.choice(male_dem)} {rng.choice(male_ten)}"
        else:
            n = f"{rng.choice(male_ho)} {rng.choice(fem_dem)} {rng.choice(fem_ten)}"
        if n not in used:
            used.add(n)
            return n

pid = 0
def person(unit, position, key_leader, gender=None):
    global pid
    pid += 1
    gender = gender or rng.choice(["nam", "nu"])
    year = rng.randint(1968, 1995)
    p = {"code": f"PM{pid:03d}", "full_name": make_name(gender), "gender": gender,
         "birth_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
         "position": position, "agency": unit}
    if key_leader:
        p["key_leader"] = True
    people.append(p)
    return p

staff_units = co_quan[:8] + xa[:12]
for code, name in staff_units:
    is_xa = code in dict(xa)
    person(code, "Chủ tịch UBND" if is_xa else "Trưởng phòng", True)
    person(code, "Công chức Văn phòng - Thống kê, phụ trách CCHC" if is_xa else "Chuyên viên phụ trách CCHC", False)
    if rng.random() < 0.45:
        person(code, "Phó Chủ tịch UBND" if is_xa else "Phó Trưởng phòng", True)

ranks = ["hoan_thanh", "hoan_thanh_tot", "hoan_thanh_tot", "hoan_thanh_xuat_sac"]
for p in people:
    for y in (2023, 2024, 2025):
        ratings.append({"subject": "person:" + p["code"], "year": y, "level": rng.choice(ranks)})

# Past awards: Giấy khen of the district chairman for CCHC, some CSTĐCS.
dec_no = {2022: 410, 2023: 388, 2024: 402, 2025: 395}
for p in people:
    for y in (2022, 2023, 2024):
        if rng.random() < 0.3:
            awards.append({"subject": "person:" + p["code"], "year": y, "award": "giay_khen_chu_tich_huyen",
                           "name": "Giấy khen của Chủ tịch UBND huyện", "decision": f"{dec_no[y + 1]}/QĐ-UBND",
                           "date": f"{y + 1}-02-2{rng.randint(0, 7)}", "issuer": "Chủ tịch UBND huyện Phù Mỹ",
                           "kind": "chuyen_de", "topic": "cchc"})
    if rng.random() < 0.15:
        awards.append({"subject": "person:" + p["code"], "year": 2024, "award": "chien_si_thi_dua_co_so",
                       "name": "Chiến sĩ thi đua cơ sở", "decision": "1250/QĐ-UBND", "date": "2024-12-26",
                       "issuer": "Chủ tịch UBND huyện Phù Mỹ", "kind": "cong_trang"})
for code in ("MY-DUC", "PNV", "MY-LOC"):
    awards.append({"subject": "agency:" + code, "year": 2023, "award": "giay_khen_chu_tich_huyen",
                   "name": "Giấy khen của Chủ tịch UBND huyện", "decision": "402/QĐ-UBND", "date": "2024-02-22",
                   "issuer": "Chủ tịch UBND huyện Phù Mỹ", "kind": "chuyen_de", "topic": "cchc"})

# One key leader disciplined (khiển trách) in 2024: blocks the unit's and the person's proposals that year.
leader = next(p for p in people if p["agency"] == "MY-CHAU" and p.get("key_leader"))
disciplines.append({"person": leader["code"], "level": "khien_trach", "date": "2024-06-14", "until": "2025-06-13",
                    "note": "Quyết định kỷ luật số 35/QĐ-UBND (ví dụ)"})

cchc_staff = [p for p in people if "CCHC" in p["position"]]
initiatives.append({"title": "Số hóa hồ sơ một cửa bằng mã QR tại bộ phận tiếp nhận và trả kết quả", "level": "huyen",
                    "year": 2023, "decision": "1102/QĐ-UBND", "authors": ["person:" + cchc_staff[0]["code"]]})
initiatives.append({"title": "Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến tại thôn", "level": "huyen",
                    "year": 2024, "decision": "1187/QĐ-UBND",
                    "authors": ["person:" + cchc_staff[3]["code"], "agency:" + cchc_staff[3]["agency"]]})

out = {"schema": "tdkt.dataset/1",
       "description": "Dữ liệu mẫu (hư cấu) cho phong trào thi đua đẩy mạnh CCHC huyện Phù Mỹ giai đoạn 2021 - 2025. Tên người là tổ hợp hư cấu; điểm PAR INDEX là giả định.",
       "agencies": agencies, "people": people, "metrics": metrics, "ratings": ratings, "awards": awards,
       "disciplines": disciplines, "initiatives": initiatives}
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
