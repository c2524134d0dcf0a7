"""People and homes named the way people really write them (the 24th development corpus).

Each case is written from ``docs/redaction-annotation-guide.md``: a rule's positive case and the
look-alike that must stay, the redacted text being the whole expectation.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import Redactor

REDACTOR = Redactor.default()


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


NAMES = [
    # ``Daeng`` stands inside a Bugis or Makassar name: the given name before it is the name's.
    pytest.param(
        "Hasil cek: Kaharuddin Daeng Ngalle dan Lasma Simanjuntak sdh pindah",
        "Hasil cek: [NAME] dan [NAME] sdh pindah",
        id="daeng-title-case",
    ),
    pytest.param(
        "kotkupang sy rosmiati daeng sikki 082144718063",
        "kotkupang sy [NAME] [PHONE]",
        id="daeng-lower",
    ),
    pytest.param(
        "kotkupang kami nurhayati daeng sikki, yohanes lakapu warga",
        "kotkupang kami [NAME], [NAME] warga",
        id="daeng-lower-list",
    ),
    pytest.param(
        "Penanggung jawab konsumsi: Hasnah Daeng Rurung. Informasi",
        "Penanggung jawab konsumsi: [NAME]. Informasi",
        id="daeng-after-label",
    ),
    # the honorific before ``Daeng`` stays outside, as every title
    pytest.param("Tadi Pak Daeng Matta datang.", "Tadi Pak [NAME] datang.", id="daeng-honorific"),
    # A driver's vehicle between the role and the name (``sopir angkot``) is part of the role.
    pytest.param(
        "KOTKUPANG SOPIR ANGKOT JOKO JURUSAN 10 UGAL2AN",
        "KOTKUPANG SOPIR ANGKOT [NAME] JURUSAN 10 UGAL2AN",
        id="driver-caps",
    ),
    pytest.param(
        "sopir ojek Yanto tdk mau antar", "sopir ojek [NAME] tdk mau antar", id="driver-ojek"
    ),
    pytest.param("sopir angkot jurusan 10 ugal2an", "sopir angkot jurusan 10 ugal2an", id="driver"),
    # Ordinary words after a name in capitals end it: the name alone is hidden.
    pytest.param(
        "KOTKUPANG ESTER WADU TETANGGA SY BAKAR SAMPAH",
        "KOTKUPANG [NAME] TETANGGA SY BAKAR SAMPAH",
        id="caps-tetangga",
    ),
    pytest.param(
        "KOTKUPANG ANAK SY MEI HWA UMUR 3 THN",
        "KOTKUPANG ANAK SY [NAME] UMUR 3 THN",
        id="caps-umur",
    ),
    pytest.param(
        "TIM REAKSI CEPAT MARGARETHA NEONUFA DAN FERDINAND FANGGIDAE TURUN.",
        "TIM REAKSI CEPAT [NAME] DAN [NAME] TURUN.",
        id="caps-turun",
    ),
    pytest.param(
        "krn nama sy yohanes sonbai ditulis yohanis sonbai di data pajak",
        "krn nama sy [NAME] ditulis [NAME] di data pajak",
        id="written-wrong",
    ),
    # After ``sy`` or ``saya`` in capitals, a state or a role is no name.
    pytest.param(
        "MASUK RUMAH ANAK SY SESAK NAFAS. SY DOMINGGUS ZACHARIAS",
        "MASUK RUMAH ANAK SY SESAK NAFAS. SY [NAME]",
        id="sy-state",
    ),
    pytest.param(
        "Komentar SOLEMAN BENU: BETUL ITU, SAYA SAKSI",
        "Komentar [NAME]: BETUL ITU, SAYA SAKSI",
        id="saya-saksi",
    ),
    # A head of a field's role names the field after it, no person.
    pytest.param(
        "Diteruskan kepada: Kabid Sumber Daya Air",
        "Diteruskan kepada: Kabid Sumber Daya Air",
        id="kabid-field",
    ),
    pytest.param(
        "Kepada Kabid PJU: mohon ditindaklanjuti",
        "Kepada Kabid PJU: mohon ditindaklanjuti",
        id="pju",
    ),
    pytest.param("Kepada Kabid Yohanes Ndun:", "Kepada Kabid [NAME]:", id="kabid-person"),
    # Bali's greeting after ``Om`` is no uncle.
    pytest.param(
        "[7-6-26 19.02] I Wayan Darmika: Om Swastiastu bapak ibu",
        "[7-6-26 19.02] [NAME]: Om Swastiastu bapak ibu",
        id="om-swastiastu",
    ),
    # ``tercantum`` and Kupang's ``tatulis`` stand between ``nama`` and a name, or no name.
    pytest.param(
        "warga yang namanya tercantum sebagai penerima BLT",
        "warga yang namanya tercantum sebagai penerima BLT",
        id="tercantum",
    ),
    pytest.param(
        "Beta pung istri pung nama di KK tatulis salah, Charlota Bana, padahal Sarlota Bana.",
        "Beta pung istri pung nama di KK tatulis salah, [NAME], padahal [NAME].",
        id="tatulis-no-name",
    ),
    pytest.param(
        "nama anak di KK tatulis Yustina Besi", "nama anak di KK tatulis [NAME]", id="tatulis-name"
    ),
    # Verbs an SMS in capitals puts after ``SY`` are no name; a name after them still is.
    pytest.param(
        "KOTKUPANG SY DAPAT SMS, KATANYA SY MENANG UNDIAN 1 JUTA. SY DISURUH TRANSFER",
        "KOTKUPANG SY DAPAT SMS, KATANYA SY MENANG UNDIAN 1 JUTA. SY DISURUH TRANSFER",
        id="caps-verbs",
    ),
    pytest.param(
        "KOTKUPANG SY TERTIPU JUAL BELI HP ONLINE",
        "KOTKUPANG SY TERTIPU JUAL BELI HP ONLINE",
        id="caps-tertipu",
    ),
    pytest.param(
        "KOTKUPANG SY YOSEF TEFA TERTIPU JUAL BELI HP",
        "KOTKUPANG SY [NAME] TERTIPU JUAL BELI HP",
        id="caps-name-then-verb",
    ),
    pytest.param(
        'DI PAPAN NAMANYA TULIS "LAS KARYA BARU"',
        'DI PAPAN NAMANYA TULIS "LAS KARYA BARU"',
        id="caps-tulis",
    ),
    # Thanks before a closing name are no part of it.
    pytest.param(
        "BLM ADA RESPON. TRIMS TJONG HIN", "BLM ADA RESPON. TRIMS [NAME]", id="trims-name"
    ),
    # A Chinese-Indonesian given name of two syllables in the old spelling, after a family name.
    pytest.param(
        "kotkupang kami tjoa tjong hin, fadli aljufri warga rt",
        "kotkupang kami [NAME], [NAME] warga rt",
        id="tjong-hin-lower",
    ),
    pytest.param(
        "dia pi deng dia pung tamang Tjong Hin ke Tablolong",
        "dia pi deng dia pung tamang [NAME] ke Tablolong",
        id="tjong-hin",
    ),
    # A name field that says the name is withheld or unknown names no one.
    pytest.param(
        "Nama Pelapor : Dirahasiakan\nKategori : Jalan",
        "Nama Pelapor : Dirahasiakan\nKategori : Jalan",
        id="withheld",
    ),
    pytest.param(
        "Pelapor: Dirahasiakan\nIsi: jalan rusak",
        "Pelapor: Dirahasiakan\nIsi: jalan rusak",
        id="withheld-reporter",
    ),
    pytest.param(
        "Nopol | Pemilik | Denda\nDH 9243 S | tidak diketahui | Rp 950.000\n"
        "DH 1234 AB | Fendy Sondakh | Rp 950.000",
        "Nopol | Pemilik | Denda\n[PLATE] | tidak diketahui | Rp 950.000\n"
        "[PLATE] | [NAME] | Rp 950.000",
        id="owner-unknown",
    ),
    pytest.param(
        "Nama Pelapor : Yohanes Ndun\nKategori : Jalan",
        "Nama Pelapor : [NAME]\nKategori : Jalan",
        id="withheld-not",
    ),
    # Collecting in a synod's name names a body, not a person.
    pytest.param(
        "menagih sumbangan atas nama sinode pakai nomor",
        "menagih sumbangan atas nama sinode pakai nomor",
        id="atas-nama-sinode",
    ),
    # A chat header may leave out the year; the sender after it is a name, in any case.
    pytest.param(
        "[26 Feb 21.06] endang lestari: sabar om, besok kita gotong royong",
        "[26 Feb 21.06] [NAME]: sabar om, besok kita gotong royong",
        id="chat-header-no-year",
    ),
    pytest.param(
        "[26 Feb 21.06] Admin Kelurahan: sabar om",
        "[26 Feb 21.06] Admin Kelurahan: sabar om",
        id="chat-header-no-year-office",
    ),
    # Bali's ``I Made`` alone is a person as a chat's sender, a commenter, whose a number is
    # (in a bracket after it), or after a word that gives a name; in any case as a sender.
    pytest.param(
        "[12/11/2026 18.26] I Ketut: Panitia minta nomor WA keluarga",
        "[12/11/2026 18.26] [NAME]: Panitia minta nomor WA keluarga",
        id="bali-sender",
    ),
    pytest.param(
        "[23 Oktober 2025 09.18] i made: Sapa nomor ini?",
        "[23 Oktober 2025 09.18] [NAME]: Sapa nomor ini?",
        id="bali-sender-lower",
    ),
    pytest.param(
        "Komentar:\nni made sudarma: sa juga korban dia bulan lalu",
        "Komentar:\n[NAME]: sa juga korban dia bulan lalu",
        id="bali-commenter-lower",
    ),
    pytest.param(
        "tlg cek. hub sy 08212481837 (I Made)",
        "tlg cek. hub sy [PHONE] ([NAME])",
        id="bali-bracket",
    ),
    pytest.param(
        "telpon tanta pung cucu I Made di 085776197400.",
        "telpon tanta pung cucu [NAME] di [PHONE].",
        id="bali-cucu",
    ),
    pytest.param(
        "Orang tu kasi nama I Ketut, bilang dia jual motor",
        "Orang tu kasi nama [NAME], bilang dia jual motor",
        id="bali-kasi-nama",
    ),
    pytest.param("Pihak I Made perjanjian ini", "Pihak I Made perjanjian ini", id="bali-numeral"),
    pytest.param("I made: a list of the houses", "I made: a list of the houses", id="bali-english"),
    # A Balinese name in capitals ends before an ordinary word that ends names.
    pytest.param(
        "KOTKUPANG ANAK SY NI MADE DITAHAN IJAZAH OLEH SEKOLAH",
        "KOTKUPANG ANAK SY [NAME] DITAHAN IJAZAH OLEH SEKOLAH",
        id="bali-caps-ditahan",
    ),
    # Names and nicknames common in Kupang; ``Tata Usaha`` is an office.
    pytest.param(
        "Pelaku Sdr. Yakobus Tefa alias Kobus sudah diberi teguran",
        "Pelaku Sdr. [NAME] alias [NAME] sudah diberi teguran",
        id="nickname-kobus",
    ),
    pytest.param(
        "- Ferdi deng Nelis\n- Tanta Eli", "- [NAME] deng [NAME]\n- Tanta [NAME]", id="list-deng"
    ),
    pytest.param(
        "Salam, Tata Usaha SDK St. Yoseph", "Salam, Tata Usaha SDK St. Yoseph", id="tata-usaha"
    ),
    # A name found said again with one letter changed, added or left out, beside a word of the
    # same name as written, or with a letter doubled: the same person's.
    pytest.param(
        "Anace Missa — belum punya (di KTP tertulis Anase Missa, sedang diurus)",
        "[NAME] — belum punya (di KTP tertulis [NAME], sedang diurus)",
        id="respelt-pair",
    ),
    pytest.param(
        "adik kami Novita Tukan kecelakaan\nimelda ratu: semangat novita tukanh",
        "adik kami [NAME] kecelakaan\n[NAME]: semangat [NAME]",
        id="respelt-pair-lower",
    ),
    pytest.param(
        "Komentar:\nNiko: Kaharudin Daeng Sikki ya?\ntogar siregar: bukan kaharuddin",
        "Komentar:\n[NAME]: [NAME] ya?\n[NAME]: bukan [NAME]",
        id="respelt-doubled",
    ),
    # ordinary words one letter from a name stay: ``santai`` after ``Santi``, ``tefaa`` (short)
    pytest.param(
        "Ibu Santi datang, dia santai saja.", "Ibu [NAME] datang, dia santai saja.", id="santai"
    ),
    pytest.param(
        "Pak Yosef Tefa datang. Yosef bilang, Tefa punya kebun dekat kali.",
        "Pak [NAME] datang. [NAME] bilang, [NAME] punya kebun dekat kali.",
        id="respelt-not-ordinary",
    ),
    # Once a list of people has started, the items beside its names are names too.
    pytest.param(
        "Kader bertugas: Kak Ata, Mama Nur Laila, Tina\nBidan desa: Rina Sitompul",
        "Kader bertugas: Kak [NAME], Mama [NAME], [NAME]\nBidan desa: [NAME]",
        id="list-after-honorifics",
    ),
    pytest.param(
        "Tim kebersihan:\n- Om Lius (ketua)\n- Ros deng Iko\n- Tanta Eli",
        "Tim kebersihan:\n- Om [NAME] (ketua)\n- [NAME] deng [NAME]\n- Tanta [NAME]",
        id="list-deng",
    ),
    pytest.param(
        "Yang bawa makanan: Nyoman (nasi), Damai (kue), Dorkas (minum).",
        "Yang bawa makanan: [NAME] (nasi), [NAME] (kue), [NAME] (minum).",
        id="list-notes-before",
    ),
    # a word that is an ordinary word too, between two names of the list
    pytest.param(
        "Yang bawa makanan: Rambu Lika (nasi), Kasih (kue), Ester (minum).",
        "Yang bawa makanan: [NAME] (nasi), [NAME] (kue), [NAME] (minum).",
        id="list-word-between",
    ),
    # no list: a place, a role, an ordinary word, an item with no name's word
    pytest.param(
        "Sy Maria, Kupang. Pak Frans, Ketua RT dan Tim datang.",
        "Sy [NAME], Kupang. Pak [NAME], Ketua RT dan Tim datang.",
        id="list-not-place-role",
    ),
    pytest.param(
        "KPM:\n- Simon Pandie, Lansia, RT 010/RW 010",
        "KPM:\n- [NAME], Lansia, [ADDRESS]",
        id="list-not-word",
    ),
    pytest.param(
        "Bangga deng ade Semuel dari SD GMIT Kuanino",
        "Bangga deng ade [NAME] dari SD GMIT Kuanino",
        id="list-not-before-deng",
    ),
    # A caller's given name in lower case after ``penelepon``, as after ``pasien``.
    pytest.param(
        "19.45 penelepon rosalina (tdk sebut marga) — dapat sms",
        "19.45 penelepon [NAME] (tdk sebut marga) — dapat sms",
        id="caller-lower",
    ),
    pytest.param(
        "penelepon tadi bilang rumahnya di Oesapa",
        "penelepon tadi bilang rumahnya di Oesapa",
        id="caller-no-name",
    ),
    # A name given after an animal in its sentence is the animal's.
    pytest.param(
        "DICARI anjing hilang, warna coklat, nama Bobi, hub 081234567890 (umbu manu).",
        "DICARI anjing hilang, warna coklat, nama Bobi, hub [PHONE] ([NAME]).",
        id="pet-name",
    ),
    pytest.param(
        "Kucing sa hilang, namanya Maria. Hub Novita",
        "Kucing sa hilang, namanya Maria. Hub [NAME]",
        id="pet-known-name",
    ),
    # a person between the animal and the name, or the writer's own name in the next sentence
    pytest.param(
        "anjing gigit anak saya, nama Yohanes",
        "anjing gigit anak saya, nama [NAME]",
        id="pet-not-child",
    ),
    pytest.param(
        "Anjing tetangga gigit sy. Nama saya Yohanes Ndun.",
        "Anjing tetangga gigit sy. Nama saya [NAME].",
        id="pet-not-writer",
    ),
    pytest.param(
        "Keterangan: Status aktif, Ibu Aisyah.",
        "Keterangan: Status aktif, Ibu [NAME].",
        id="list-not-before-without-note",
    ),
]


ADDRESSES = [
    # The RW's number after the RT's and a slash, its word left out, is an RT/RW pair.
    pytest.param(
        "tinggal bersama oma di RT 005/015 Kel. Oesapa Barat.",
        "tinggal bersama oma di [ADDRESS] Kel. Oesapa Barat.",
        id="rt-slash-rw",
    ),
    pytest.param(
        "sy ignasius tanone rt 04/10 kel oetete",
        "sy [NAME] [ADDRESS] kel oetete",
        id="rt-slash-lower",
    ),
    pytest.param("rapat tgl rt 03/12/2026", "rapat tgl rt 03/12/2026", id="rt-slash-date"),
    # A line of a count per RT: the RT is a unit counted.
    pytest.param(
        "Rekap KK terdampak banjir\nRT 01: 34 KK\nRT 02: 21 KK\nTotal 55 KK.",
        "Rekap KK terdampak banjir\nRT 01: 34 KK\nRT 02: 21 KK\nTotal 55 KK.",
        id="tally",
    ),
    pytest.param(
        "Warga berikut:\nRT 01: Yohanes Ndun", "Warga berikut:\n[ADDRESS]: [NAME]", id="tally-not"
    ),
    # Winners and teams.
    pytest.param(
        "Juara 1 RT 19, juara 2 RT 03, juara 3 RT 11 Kel. Airmata.",
        "Juara 1 RT 19, juara 2 RT 03, juara 3 RT 11 Kel. Airmata.",
        id="winners",
    ),
    pytest.param(
        "Pemenang tahun lalu: RT 25. Pendaftaran",
        "Pemenang tahun lalu: RT 25. Pendaftaran",
        id="won",
    ),
    pytest.param(
        "Komentar:\nrt19_kompak: mantap tim RT 19",
        "Komentar:\nrt19_kompak: mantap tim RT 19",
        id="handle",
    ),
    # A neighbourhood heading its notice.
    pytest.param(
        "ARISAN MAMA-MAMA RT 003 AIRNONA\nGiliran bulan ini",
        "ARISAN MAMA-MAMA RT 003 AIRNONA\nGiliran bulan ini",
        id="arisan-heading",
    ),
    pytest.param(
        "RT 038 / RW 006 — VERIFIKASI DATA PBI JK\nWarga berikut diminta cek",
        "RT 038 / RW 006 — VERIFIKASI DATA PBI JK\nWarga berikut diminta cek",
        id="rt-heading",
    ),
    pytest.param(
        "RT 05/RW 02 - air mati sejak kemarin", "[ADDRESS] - air mati sejak kemarin", id="rt-opens"
    ),
    # RTs listed with a space alone between them, nobody in the clause: areas.
    pytest.param(
        "kotkupang air pdam mati di rt 03 rt 04 dan rt 07 solor sdh 5 hari.",
        "kotkupang air pdam mati di rt 03 rt 04 dan rt 07 solor sdh 5 hari.",
        id="rt-list-space",
    ),
    pytest.param(
        "sy tinggal di RT 05. Air mati di RT 12.",
        "sy tinggal di [ADDRESS]. Air mati di [ADDRESS].",
        id="rt-homes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*NAMES, *ADDRESSES])
def test_redacted_as_the_guide_says(text: str, expected: str) -> None:
    assert redacted(text) == expected


def test_redaction_stays_a_fixpoint_on_every_case() -> None:
    for case in [*NAMES, *ADDRESSES]:
        text = case.values[0]
        assert isinstance(text, str)
        once = redacted(text)
        assert redacted(once) == once, text
