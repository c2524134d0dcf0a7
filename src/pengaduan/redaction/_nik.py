"""Structure of the Indonesian population number (NIK) and the family card number (Nomor KK).

Sources:
    - NIK layout (province 2, regency/city 2, district 2, date of birth DDMMYY with 40 added to
      the day for women, serial 4 starting at 0001): Dukcapil (Ditjen Kependudukan dan Pencatatan
      Sipil, Kemendagri) explanations of the e-KTP number, UU 24/2013 on population
      administration (NIK as the single identity number).
    - Province codes: Kemendagri area codes (Kepmendagri 100.1.1-6117 Tahun 2022 on area codes,
      following Permendagri 72/2019), which match BPS's Master File Desa codes except for Papua
      where the two lists differ (BPS: 91 Papua Barat, 94 Papua; Kemendagri: 91 Papua,
      92 Papua Barat, 93-96 the 2022 Papua provinces). Both numberings are accepted because
      cards issued under either are in circulation.
    - Regency/city codes: regencies (kabupaten) count up from 01, cities (kota) from 71; no
      province has more than 29 regencies or 9 cities, so 01-40 and 71-79 are accepted (a margin
      for newly formed regencies).

A number that fails this structure is not a NIK unless its context says so (the detector
decides that; this module only answers "is this shape possible").
"""

from __future__ import annotations

PROVINCE_CODES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua (Kemendagri) / Papua Barat (BPS)",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah (Kemendagri) / Papua (BPS)",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # 29: the century is unknown
_FEMALE_DAY_OFFSET = 40


def _area_valid(digits: str) -> bool:
    if digits[:2] not in PROVINCE_CODES:
        return False
    regency = int(digits[2:4])
    district = int(digits[4:6])
    return (1 <= regency <= 40 or 71 <= regency <= 79) and district >= 1


def _date_valid(day: int, month: int) -> bool:
    if day > _FEMALE_DAY_OFFSET:
        day -= _FEMALE_DAY_OFFSET
    return 1 <= month <= 12 and 1 <= day <= _DAYS_IN_MONTH[month - 1]


def nik_structure_valid(digits: str) -> bool:
    """Whether 16 digits can be a NIK: known province, regency, district, birth date, serial.

    Args:
        digits: the number without separators.

    Returns:
        True when every part of the structure is possible.
    """
    if len(digits) != 16 or not digits.isascii() or not digits.isdigit():
        return False
    return (
        _area_valid(digits)
        and _date_valid(int(digits[6:8]), int(digits[8:10]))
        and digits[12:] != "0000"
    )
