#!/usr/bin/env python3
"""Writes the small fictional datasets the seed rounds run on (examples/rounds/*.sh, tests/cli/seeds.sh):
hon-quan-2024.json (seed 000), hung-yen-2025.json (seed 002), quang-ngai-2022.json (seed 003), trung-luong-2024.json
and the judges' sheets of examples/contests/phieu-cham/ (seed 001, a contest).
Names of units are the real places of each plan; every person and every figure is invented. Each dataset is
shaped so its round meets the cases the tests assert (see the comment above each one). Re-run after editing:
  python3 examples/datasets/make_seed_rounds.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, description, agencies, people, metrics, ratings, awards=(), disciplines=(), initiatives=()):
    data = {
        "schema": "tdkt.dataset/1",
        "description": description,
        "agencies": agencies,
        "people": people,
        "metrics": metrics,
        "ratings": ratings,
        "awards": list(awards),
        "disciplines": list(disciplines),
        "initiatives": list(initiatives),
    }
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def person(code, name, gender, born, position, agency, key_leader=False):
    p = {"code": code, "full_name": name, "gender": gender, "birth_date": born, "position": position, "agency": agency}
    if key_leader:
        p["key_leader"] = True
    return p


# ── Seed 000: UBND huyện Hớn Quản, thematic CCHC 2024 (Giấy khen; quota 05 tập thể, 10 cá nhân) ──
# Nine collectives are nominated; three fail a rule (Đồng Nơ: 95 % of the CCHC tasks; Minh Đức: result below
# 2023; Phước An: its chairman reprimanded in 2024), six are eligible for five places (quota overflow).
# Three individuals: Thanh An's officer meets every rule; Đồng Nơ's fails with her commune's 95 %; the Nội vụ
# officer was only rated «hoàn thành nhiệm vụ».
def hon_quan():
    ag = [{"code": "UBND-HQ", "name": "Ủy ban nhân dân huyện Hớn Quản", "short_name": "UBND huyện", "level": "huyen", "kind": "ubnd"},
          {"code": "PNV", "name": "Phòng Nội vụ", "level": "phong", "kind": "co_quan", "parent": "UBND-HQ"},
          {"code": "VP", "name": "Văn phòng HĐND và UBND huyện", "level": "phong", "kind": "co_quan", "parent": "UBND-HQ"},
          {"code": "PTP", "name": "Phòng Tư pháp", "level": "phong", "kind": "co_quan", "parent": "UBND-HQ"}]
    communes = [("TAN-KHAI", "thị trấn Tân Khai"), ("THANH-AN", "xã Thanh An"), ("AN-KHUONG", "xã An Khương"),
                ("TAN-HUNG", "xã Tân Hưng"), ("PHUOC-AN", "xã Phước An"), ("MINH-DUC", "xã Minh Đức"), ("DONG-NO", "xã Đồng Nơ")]
    for code, name in communes:
        ag.append({"code": code, "name": "Ủy ban nhân dân " + name, "level": "xa", "kind": "xa", "parent": "UBND-HQ"})
    heads = {"PNV": "Trần Văn Hải", "VP": "Lê Thị Mai", "PTP": "Nguyễn Quốc Bảo", "TAN-KHAI": "Phạm Văn Dũng",
             "THANH-AN": "Hoàng Minh Tuấn", "AN-KHUONG": "Đỗ Thị Hạnh", "TAN-HUNG": "Vũ Đình Khoa", "PHUOC-AN": "Bùi Văn Lực",
             "MINH-DUC": "Đinh Thị Nga", "DONG-NO": "Lý Văn Phúc"}
    people = []
    for i, (unit, name) in enumerate(heads.items(), start=1):
        people.append(person("HQ%03d" % i, name, "nu" if "Thị" in name else "nam", "197%d-0%d-1%d" % (i % 10, i % 9 + 1, i % 9),
                             "Chủ tịch UBND" if unit not in ("PNV", "VP", "PTP") else "Trưởng phòng", unit, True))
    people += [person("HQ101", "Nguyễn Thị Thu Trang", "nu", "1988-05-14", "Công chức Văn phòng - Thống kê", "THANH-AN"),
               person("HQ102", "Trịnh Thị Hồng Nhung", "nu", "1990-09-02", "Công chức Văn phòng - Thống kê", "DONG-NO"),
               person("HQ103", "Lâm Văn Sang", "nam", "1985-11-23", "Chuyên viên", "PNV")]
    tasks = {"PNV": 100, "VP": 100, "PTP": 100, "TAN-KHAI": 100, "THANH-AN": 100, "AN-KHUONG": 100, "TAN-HUNG": 100,
             "PHUOC-AN": 100, "MINH-DUC": 100, "DONG-NO": 95}
    result = {"PNV": (88.5, 91.0), "VP": (86.0, 89.5), "PTP": (84.0, 87.0), "TAN-KHAI": (82.0, 90.5), "THANH-AN": (80.5, 88.0),
              "AN-KHUONG": (79.0, 86.5), "TAN-HUNG": (81.0, 85.0), "PHUOC-AN": (78.0, 84.0), "MINH-DUC": (85.0, 83.5),
              "DONG-NO": (76.0, 80.0)}
    metrics = []
    for unit in tasks:
        metrics.append({"subject": "agency:" + unit, "metric": "ty_le_nhiem_vu_cchc", "values": {"2024": tasks[unit]}})
        metrics.append({"subject": "agency:" + unit, "metric": "ket_qua_cchc", "values": {"2023": result[unit][0], "2024": result[unit][1]}})
    for code, v in (("HQ101", (82.0, 90.0)), ("HQ102", (80.0, 86.0)), ("HQ103", (78.0, 84.0))):
        metrics.append({"subject": "person:" + code, "metric": "ket_qua_cchc_ca_nhan", "values": {"2023": v[0], "2024": v[1]}})
    ratings = [{"subject": "person:" + p["code"], "year": 2024, "level": "hoan_thanh_tot"} for p in people if p["code"] != "HQ103"]
    ratings.append({"subject": "person:HQ103", "year": 2024, "level": "hoan_thanh"})
    disciplines = [{"person": "HQ%03d" % (list(heads).index("PHUOC-AN") + 1), "level": "khien_trach", "date": "2024-05-20",
                    "until": "2025-05-19", "note": "Quyết định kỷ luật số 12/QĐ-UBND (ví dụ)"}]
    initiatives = [{"title": "Bộ phận một cửa không giấy tờ tại thị trấn Tân Khai", "level": "huyen", "year": 2024,
                    "decision": "2210/QĐ-UBND", "authors": ["agency:TAN-KHAI"]}]
    write("hon-quan-2024.json",
          "Dữ liệu mẫu (hư cấu) cho đợt khen thưởng chuyên đề cải cách hành chính năm 2024 của huyện Hớn Quản. "
          "Tên đơn vị là địa danh thật; tên người và mọi số liệu là giả định.",
          ag, people, metrics, ratings, disciplines=disciplines, initiatives=initiatives)


# ── Seed 002: UBND tỉnh Hưng Yên, «Dân vận chính quyền», năm 2025 (Bằng khen; hằng năm không quá 10) ──
# Thirteen communes and wards are nominated. tt-d is met by the top 10 of the score (diem_dvcq) or by a better
# rank than 2024: Vũ Thư and Quỳnh Phụ (11th, 88 points) pass by their better rank, Đông Hưng (13th, rank worse
# than 2024) fails; Ân Thi fails tt-g (reporting) by the appraiser's hand. Eleven eligible for ten places, the
# 10th and 11th tied on 88 points: the boundary tie the appraisal report shows. The Sở Nội vụ officer was rated
# «hoàn thành tốt» only (cn-a needs «xuất sắc»).
def hung_yen():
    ag = [{"code": "UBND-HY", "name": "Ủy ban nhân dân tỉnh Hưng Yên", "short_name": "UBND tỉnh", "level": "tinh", "kind": "ubnd"},
          {"code": "SNV", "name": "Sở Nội vụ", "level": "so", "kind": "co_quan", "parent": "UBND-HY"}]
    units = [("PHO-HIEN", "phường Phố Hiến", 96.0, 2, 1), ("MY-HAO", "phường Mỹ Hào", 95.0, 1, 2),
             ("SON-NAM", "phường Sơn Nam", 94.5, 4, 3), ("VAN-GIANG", "xã Văn Giang", 93.0, 3, 4),
             ("KHOAI-CHAU", "xã Khoái Châu", 92.5, 6, 5), ("AN-THI", "xã Ân Thi", 92.0, 5, 6),
             ("KIM-DONG", "xã Kim Động", 91.0, 8, 7), ("TIEN-LU", "xã Tiên Lữ", 90.5, 7, 8),
             ("PHU-CU", "xã Phù Cừ", 90.0, 11, 9), ("THAI-BINH", "phường Thái Bình", 89.0, 10, 10),
             ("VU-THU", "xã Vũ Thư", 88.0, 14, 11), ("QUYNH-PHU", "xã Quỳnh Phụ", 88.0, 16, 11),
             ("DONG-HUNG", "xã Đông Hưng", 84.0, 9, 13)]
    metrics = []
    heads = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức", "Vũ Thị Giang",
             "Đặng Văn Hòa", "Bùi Thị Huệ", "Đỗ Văn Khánh", "Ngô Thị Lan", "Dương Văn Minh", "Lý Thị Ngọc", "Phan Văn Quý"]
    people = []
    for i, (code, name, score, rank24, rank25) in enumerate(units):
        ag.append({"code": code, "name": "Ủy ban nhân dân " + name, "level": "xa", "kind": "xa", "parent": "UBND-HY"})
        metrics.append({"subject": "agency:" + code, "metric": "diem_dvcq", "values": {"2024": round(score - 2.5, 1), "2025": score}})
        metrics.append({"subject": "agency:" + code, "metric": "xep_hang_dvcq", "values": {"2024": rank24, "2025": rank25}})
        people.append(person("HY%03d" % (i + 1), heads[i], "nu" if "Thị" in heads[i] else "nam", "19%d-0%d-1%d" % (70 + i, i % 9 + 1, i % 9),
                             "Chủ tịch UBND", code, True))
    people.append(person("HY101", "Tô Thị Thanh Xuân", "nu", "1986-03-08", "Phó Trưởng phòng Công tác dân vận", "SNV"))
    people.append(person("HY102", "Quách Văn Trọng", "nam", "1972-07-19", "Giám đốc Sở", "SNV", True))
    ratings = [{"subject": "person:" + p["code"], "year": 2025, "level": "hoan_thanh_xuat_sac"} for p in people if p["code"] != "HY101"]
    ratings.append({"subject": "person:HY101", "year": 2025, "level": "hoan_thanh_tot"})
    write("hung-yen-2025.json",
          "Dữ liệu mẫu (hư cấu) cho đợt khen thưởng năm 2025 của phong trào «Dân vận chính quyền» tỉnh Hưng Yên. "
          "Tên đơn vị theo địa danh của tỉnh; tên người và mọi số liệu là giả định.",
          ag, people, metrics, ratings)


# ── Seed 003: UBND thành phố Quảng Ngãi, CCHC năm 2022 (Giấy khen; tiêu chuẩn riêng cho cơ quan và cho xã,
# phường) ── Wards and communes: Trần Phú, Lê Hồng Phong and Nghĩa Lộ meet every standard (Nghĩa Lộ submits two
# days after the 5-day window that opens with the ranking's announcement: flagged); Nghĩa Chánh scores 74 (< 75),
# Chánh Lộ's satisfaction is 88 % (< 90 %), Tịnh Ấn Tây has no recognised initiative. Offices: Phòng Tư pháp meets
# the office standards (92 % of its index points, 97 % of procedures on time, an initiative); the Văn phòng's 93 %
# on time fails them. One officer of Trần Phú with a recognised initiative.
def quang_ngai():
    ag = [{"code": "UBND-QNG", "name": "Ủy ban nhân dân thành phố Quảng Ngãi", "short_name": "UBND thành phố", "level": "huyen", "kind": "ubnd"},
          {"code": "PNV", "name": "Phòng Nội vụ", "level": "phong", "kind": "co_quan", "parent": "UBND-QNG"},
          {"code": "VP", "name": "Văn phòng HĐND và UBND thành phố", "level": "phong", "kind": "co_quan", "parent": "UBND-QNG"},
          {"code": "PTP", "name": "Phòng Tư pháp", "level": "phong", "kind": "co_quan", "parent": "UBND-QNG"}]
    wards = [("TRAN-PHU", "phường Trần Phú", 88.0, 95.0, True), ("LE-HONG-PHONG", "phường Lê Hồng Phong", 86.0, 93.0, True),
             ("NGHIA-LO", "phường Nghĩa Lộ", 84.0, 92.0, True), ("NGHIA-CHANH", "phường Nghĩa Chánh", 74.0, 94.0, True),
             ("CHANH-LO", "phường Chánh Lộ", 83.0, 88.0, True), ("TINH-AN-TAY", "xã Tịnh Ấn Tây", 81.0, 91.0, False)]
    metrics, initiatives = [], []
    for code, name, score, happy, has_initiative in wards:
        ag.append({"code": code, "name": "Ủy ban nhân dân " + name, "level": "xa", "kind": "xa", "parent": "UBND-QNG"})
        metrics.append({"subject": "agency:" + code, "metric": "diem_cchc", "values": {"2021": score - 3, "2022": score}})
        metrics.append({"subject": "agency:" + code, "metric": "ty_le_hai_long", "values": {"2022": happy}})
        if has_initiative:
            initiatives.append({"title": "Sáng kiến cải cách hành chính năm 2022 của Ủy ban nhân dân " + name, "level": "co_so",
                                "year": 2022, "decision": "QĐ công nhận (ví dụ)", "authors": ["agency:" + code]})
    for code, points, on_time in (("PTP", 92.0, 97.0), ("VP", 91.0, 93.0)):
        metrics.append({"subject": "agency:" + code, "metric": "ty_le_diem_chi_so_tham_muu", "values": {"2022": points}})
        metrics.append({"subject": "agency:" + code, "metric": "ty_le_tthc_dung_han", "values": {"2022": on_time}})
    initiatives.append({"title": "Số hóa sổ hộ tịch của thành phố", "level": "co_so", "year": 2022, "decision": "QĐ công nhận (ví dụ)",
                        "authors": ["agency:PTP"]})
    initiatives.append({"title": "Hướng dẫn nộp hồ sơ trực tuyến tại tổ dân phố", "level": "co_so", "year": 2022,
                        "decision": "QĐ công nhận (ví dụ)", "authors": ["person:QN101"]})
    heads = {"PNV": "Võ Văn Thành", "VP": "Huỳnh Thị Mỹ", "PTP": "Nguyễn Tấn Lộc", "TRAN-PHU": "Trương Văn Hùng",
             "LE-HONG-PHONG": "Lê Thị Kim Thoa", "NGHIA-LO": "Phạm Minh Trí", "NGHIA-CHANH": "Đoàn Văn Sáu",
             "CHANH-LO": "Nguyễn Thị Hồng Vân", "TINH-AN-TAY": "Bùi Tấn Phát"}
    people = []
    for i, (unit, name) in enumerate(heads.items(), start=1):
        people.append(person("QN%03d" % i, name, "nu" if "Thị" in name else "nam", "197%d-1%d-0%d" % (i % 10, i % 3, i % 9 + 1),
                             "Trưởng phòng" if unit in ("PNV", "VP", "PTP") else "Chủ tịch UBND", unit, True))
    people.append(person("QN101", "Đặng Thị Mỹ Linh", "nu", "1989-04-27", "Công chức Tư pháp - Hộ tịch", "TRAN-PHU"))
    ratings = [{"subject": "person:" + p["code"], "year": 2022, "level": "hoan_thanh_tot"} for p in people]
    write("quang-ngai-2022.json",
          "Dữ liệu mẫu (hư cấu) cho đợt khen thưởng năm 2022 của phong trào thi đua cải cách hành chính thành phố "
          "Quảng Ngãi. Tên đơn vị là địa danh thật; tên người và mọi số liệu là giả định.",
          ag, people, metrics, ratings, initiatives=initiatives)


# ── Seed 001: UBND phường Trung Lương, cuộc thi viết «Sáng kiến, giải pháp CCHC» năm 2024 ──
# Units that send entries (the ward's civil servants, the Mặt trận, the Đoàn, the Hội Phụ nữ), the authors, and a
# recognised initiative of 2023 that one entry nearly repeats (the duplicate check). The judges' sheets are
# written next to the rules (examples/contests/phieu-cham/): every judge scores every entry on the four criteria
# around a base per entry, with offsets per judge (0, +1, −1, +2, −2) so the trimmed mean gives the base back;
# SK-03 and SK-07 tie on 82 points and «Tính mới» settles it; Đặng Văn Khoa's sheet lacks SK-12 (a missing
# score, entered later by hand); the judges of the Mặt trận and the Đoàn do not score their units' entries.
ENTRIES = [  # code, title, authors, topic, base points (tính mới /30, hiệu quả /30, nhân rộng /25, trình bày /15)
    ("SK-01", "Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến tại tổ dân phố", ["person:TL001"], 1, (27, 26, 22, 13)),
    ("SK-02", "Số hóa hồ sơ một cửa bằng mã QR tại bộ phận tiếp nhận và trả kết quả phường", ["person:TL002"], 1, (20, 22, 18, 11)),
    ("SK-03", "Trang Zalo của phường tra cứu tình trạng giải quyết hồ sơ", ["person:TL003"], 2, (25, 25, 20, 12)),
    ("SK-04", "Tuyên truyền cải cách hành chính qua loa truyền thanh tổ dân phố", ["agency:MTTQ-TL"], 3, (23, 22, 19, 12)),
    ("SK-05", "Thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến", ["agency:DOAN-TL"], 2, (24, 23, 19, 12)),
    ("SK-06", "Sổ tay thủ tục hành chính bỏ túi cho hộ kinh doanh", ["person:TL004"], 4, (22, 21, 18, 11)),
    ("SK-07", "Điểm bưu chính công ích nhận và trả hồ sơ tại nhà văn hóa tổ dân phố", ["person:TL005", "person:TL006"], 2, (26, 24, 20, 12)),
    ("SK-08", "Bản đồ số các hộ kinh doanh trên địa bàn phường", ["person:TL007"], 4, (21, 20, 17, 10)),
    ("SK-09", "Phiếu khảo sát mức độ hài lòng bằng mã QR tại bộ phận một cửa", ["person:TL008"], 5, (19, 18, 16, 10)),
    ("SK-10", "Lịch tiếp công dân trực tuyến của lãnh đạo phường", ["person:TL009"], 1, (18, 17, 15, 9)),
    ("SK-11", "Máy tra cứu thủ tục hành chính đặt tại trụ sở phường", ["agency:HPN-TL"], 3, (17, 16, 14, 9)),
    ("SK-12", "Nhóm Zalo hỗ trợ doanh nghiệp mới thành lập", ["person:TL010"], 4, (12, 12, 10, 8)),
]
JUDGES = [("Trần Thị Hòa", (0, 0, 0, 0)), ("Phan Văn Đức", (0, 1, 0, 0)), ("Võ Thị Lan", (0, 0, 0, -1)),
          ("Hồ Sỹ Nam", (2, 0, 0, 0)), ("Đặng Văn Khoa", (0, 0, -2, 0))]
RECUSED = {"Phan Văn Đức": {"SK-04"}, "Hồ Sỹ Nam": {"SK-05"}}
MISSING = {"Đặng Văn Khoa": {"SK-12"}}


def trung_luong():
    ag = [{"code": "UBND-TL", "name": "Ủy ban nhân dân phường Trung Lương", "short_name": "UBND phường", "level": "xa", "kind": "ubnd"},
          {"code": "MTTQ-TL", "name": "Ủy ban Mặt trận Tổ quốc Việt Nam phường Trung Lương", "level": "xa", "kind": "doan_the", "parent": "UBND-TL"},
          {"code": "DOAN-TL", "name": "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Trung Lương", "level": "xa", "kind": "doan_the", "parent": "UBND-TL"},
          {"code": "HPN-TL", "name": "Hội Liên hiệp Phụ nữ phường Trung Lương", "level": "xa", "kind": "doan_the", "parent": "UBND-TL"}]
    names = ["Nguyễn Thị Hồng Nhung", "Lê Quang Huy", "Phạm Thị Thanh Tâm", "Trần Văn Tuấn", "Hoàng Thị Mai", "Nguyễn Văn Lợi",
             "Đinh Thị Thu Hà", "Bùi Văn Sơn", "Võ Thị Ngọc Ánh", "Dương Văn Hậu"]
    positions = ["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê",
                 "Công chức Tài chính - Kế toán", "Nhân viên bưu điện văn hóa", "Công chức Địa chính - Xây dựng",
                 "Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng", "Công chức Văn phòng - Thống kê",
                 "Công chức Văn hóa - Xã hội"]
    people = [person("TL%03d" % (i + 1), n, "nu" if "Thị" in n else "nam", "19%d-0%d-2%d" % (85 + i, i % 9 + 1, i % 8),
                     positions[i], "UBND-TL") for i, n in enumerate(names)]
    initiatives = [{"title": "Số hóa hồ sơ một cửa bằng mã QR tại bộ phận tiếp nhận và trả kết quả", "level": "co_so", "year": 2023,
                    "decision": "45/QĐ-UBND", "authors": ["person:TL002"]}]
    write("trung-luong-2024.json",
          "Dữ liệu mẫu (hư cấu) cho cuộc thi viết «Sáng kiến, giải pháp cải cách hành chính phường Trung Lương năm 2024». "
          "Tên đơn vị là địa danh thật; tên người, bài dự thi và điểm là giả định.",
          ag, people, [], [], initiatives=initiatives)
    sheets = os.path.join(HERE, "..", "contests", "phieu-cham")
    os.makedirs(sheets, exist_ok=True)
    for n, (judge, off) in enumerate(JUDGES, start=1):
        lines = ["Mã bài,tinh-moi,hieu-qua,nhan-rong,trinh-bay"]
        for code, _, _, _, base in ENTRIES:
            if code in RECUSED.get(judge, ()) or code in MISSING.get(judge, ()):
                continue
            lines.append(",".join([code] + [str(b + o) for b, o in zip(base, off)]))
        with open(os.path.join(sheets, "giam-khao-%d.csv" % n), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(sheets, "bai-du-thi.tsv"), "w", encoding="utf-8") as f:
        for code, title, authors, topic, _ in ENTRIES:
            f.write("\t".join([code, title, " ".join(authors), str(topic)]) + "\n")
    # Each entry as the Tổ thư ký receives it: a short text file (the real ones are Word or PDF files).
    entries = os.path.join(HERE, "..", "contests", "bai-du-thi")
    os.makedirs(entries, exist_ok=True)
    for code, title, authors, topic, _ in ENTRIES:
        with open(os.path.join(entries, code + ".txt"), "w", encoding="utf-8") as f:
            f.write("BÀI DỰ THI — SÁNG KIẾN, GIẢI PHÁP CẢI CÁCH HÀNH CHÍNH PHƯỜNG TRUNG LƯƠNG NĂM 2024\n\n")
            f.write("Tên sáng kiến, giải pháp: " + title + "\n")
            f.write("Nội dung dự thi số: " + str(topic) + "\n\n")
            f.write("1. Thực trạng\n2. Nội dung sáng kiến, giải pháp\n3. Hiệu quả, khả năng nhân rộng\n(bản ví dụ, nội dung hư cấu)\n")


if __name__ == "__main__":
    hon_quan()
    hung_yen()
    quang_ngai()
    trung_luong()
