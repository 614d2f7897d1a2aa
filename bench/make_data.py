#!/usr/bin/python3
"""Writes the benchmark data: a 500-row Danh sách (25 units × 20 people) and a Báo cáo thành tích long enough
for two pages, in the shape tdkt's templates use (the peers' templates read the same files)."""
import json, sys
out = sys.argv[1]
ho = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
dem = ["Văn", "Thị", "Minh", "Thị Thu", "Quốc", "Ngọc", "Hữu", "Thị Kim"]
ten = ["Hùng", "Hương", "Dũng", "Lan", "Tuấn", "Hoa", "Bình", "Trang", "Phúc", "Nhung", "Khánh", "Thảo"]
units, rows, k = [], [], 0
for u in range(25):
    dong = []
    for i in range(20):
        k += 1
        r = {"stt": str(k), "ten": f"{ho[k % 10]} {dem[k % 8]} {ten[k % 12]}",
             "chuc_vu": f"Chuyên viên phụ trách cải cách hành chính, đơn vị số {u + 1}",
             "hinh_thuc": "Giấy khen", "tien": 710000}
        dong.append(r); rows.append(r)
    units.append({"ten": f"Ủy ban nhân dân xã số {u + 1}", "dong": dong})
ds = {"danh_sach": {"tieu_de": "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
                    "kem_theo": "(Kèm theo Quyết định số 395/QĐ-UBND ngày 20 tháng 02 năm 2025 của Chủ tịch Ủy ban nhân dân huyện Phù Mỹ)",
                    "co_tien": True, "tong_tien": 710000 * 500,
                    "nhom": [{"tieu_de": "I. CÁ NHÂN", "cong": "500 cá nhân", "tong_tien": 710000 * 500, "don_vi": units}]},
      "rows": rows}
json.dump(ds, open(f"{out}/danh-sach-500.json", "w"), ensure_ascii=False)
rep = json.load(open(sys.argv[2]))  # forms/examples/bao-cao-thanh-tich-ca-nhan.json
rep["thanh_tich"] = rep["thanh_tich"] * 2
rep["nhiem_vu"] = rep["nhiem_vu"] * 2
rep["danh_hieu"] = rep["danh_hieu"] * 3
rep["hinh_thuc"] = rep["hinh_thuc"] * 3
json.dump(rep, open(f"{out}/bao-cao-2-trang.json", "w"), ensure_ascii=False)
# Flat copies for the peers (no filters there: money and words arrive preformatted, which favours them).
def vn(n):
    s = f"{n:,}".replace(",", ".")
    return s
peer_ds = {"tieu_de": ds["danh_sach"]["tieu_de"], "kem_theo": ds["danh_sach"]["kem_theo"],
           "rows": [dict(r, tien_text=vn(r["tien"])) for r in rows], "tong_tien_text": vn(710000 * 500),
           "bang_chu": "Ba trăm năm mươi lăm triệu đồng"}
json.dump(peer_ds, open(f"{out}/peer-danh-sach-500.json", "w"), ensure_ascii=False)
ll = rep["ly_lich"]
peer_rep = {"dia_danh_ngay": rep["dia_danh_ngay"], "de_nghi_tang": rep["de_nghi_tang"], "ho_ten": ll["ho_ten"],
            "ngay_sinh": "09/03/1986", "que_quan": ll["que_quan"], "tru_quan": ll["tru_quan"], "don_vi": ll["don_vi"],
            "chuc_vu": ll["chuc_vu"], "trinh_do": ll["trinh_do"], "xac_nhan_ho_ten": rep["xac_nhan"]["ho_ten"],
            "nhiem_vu": [{"t": t} for t in rep["nhiem_vu"]], "thanh_tich": [{"t": t} for t in rep["thanh_tich"]],
            "danh_hieu": rep["danh_hieu"], "hinh_thuc": rep["hinh_thuc"]}
json.dump(peer_rep, open(f"{out}/peer-bao-cao.json", "w"), ensure_ascii=False)
