"""Rules of the annotation guide that the second development corpus showed were missing.

Each case is written from ``docs/redaction-annotation-guide.md`` (what is labelled, where a span
starts and ends, what stays), grouped by kind: the redacted text is the whole expectation.
"""

from __future__ import annotations

import pytest

from pengaduan.redaction import Redactor

REDACTOR = Redactor.default()


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


def test_redaction_stays_a_fixpoint_on_every_case() -> None:
    for case in [*NAMES, *NUMBERS, *PLATES_AND_ADDRESSES, *EMAILS, *LATER_ROUNDS]:
        text = case.values[0]
        assert isinstance(text, str)
        once = REDACTOR.redact(text).text
        assert REDACTOR.redact(once).text == once, text


NAMES = [
    pytest.param(
        "Nama Pemohon : Agung Prasetyo\nNPWP : x", "Nama Pemohon : [NAME]\nNPWP : x", id="field"
    ),
    pytest.param("Nama Ayah\t: Lie Kim Hwa\n", "Nama Ayah\t: [NAME]\n", id="field-tab"),
    pytest.param("nama peserta hasan alkatiri, nik", "nama peserta [NAME], nik", id="field-lower"),
    pytest.param("Hormat saya,\n\nttd\n\nSerlin Feoh", "Hormat saya,\n\nttd\n\n[NAME]", id="ttd"),
    pytest.param("Salam,\nYoksan", "Salam,\n[NAME]", id="salam"),
    pytest.param(
        "Hormat kami,\n\n(Engki Kapitan, M.Si)", "Hormat kami,\n\n([NAME], M.Si)", id="degree"
    ),
    pytest.param("[17/08/26 14.01] Anace Ndun: Besok", "[17/08/26 14.01] [NAME]: Besok", id="chat"),
    pytest.param(
        "7/2/26, 16.43 - Oktovina Da Costa: Pagi", "7/2/26, 16.43 - [NAME]: Pagi", id="chat-2"
    ),
    pytest.param(
        "Tuhan balas kebaikan Ibu 🙏 - Suparno", "Tuhan balas kebaikan Ibu 🙏 - [NAME]", id="dash"
    ),
    pytest.param("Ko Ahong pung toko", "Ko [NAME] pung toko", id="ko"),
    pytest.param("Tanta Syamsiah deng Om Viktor", "Tanta [NAME] deng Om [NAME]", id="kin"),
    pytest.param("Babinsa Serka Baharuddin datang", "Babinsa Serka [NAME] datang", id="rank"),
    pytest.param("milik Engki Bessie di", "milik [NAME] di", id="unknown-given-family"),
    pytest.param(
        "tetangga kami Mariam Al Hamid masih", "tetangga kami [NAME] masih", id="particle"
    ),
    pytest.param("MHN DIPERBAIKI DEBORA", "MHN DIPERBAIKI [NAME]", id="closing-caps"),
    pytest.param(
        "keluarga Bani deng keluarga Dasi", "keluarga [NAME] deng keluarga [NAME]", id="family"
    ),
    pytest.param(
        "SY ZAKARIAS SABAAT NPWP 5301171607940306", "SY [NAME] NPWP [NPWP]", id="sms-stop"
    ),
    pytest.param(
        "INI PDT EFRAIM GA LENA. JEMAAT", "INI PDT [NAME]. JEMAAT", id="two-word-family-caps"
    ),
    pytest.param(
        "Ketua RT 17 RW 01\nGracia Ga Lena", "Ketua RT 17 RW 01\n[NAME]", id="two-word-family"
    ),
    pytest.param(
        "pemilik rumah Bapak efraim dju dara tidak mau",
        "pemilik rumah Bapak [NAME] tidak mau",
        id="two-word-family-lower",
    ),
    pytest.param(
        "Mohon dicek. - simon ga lena, Ketua RT 02",
        "Mohon dicek. - [NAME], Ketua RT 02",
        id="dash-after-a-sentence",
    ),
    pytest.param(
        "JEMAAT KAMI RUT TALLO HP 081538830738",
        "JEMAAT KAMI [NAME] HP [PHONE]",
        id="our-congregations-member",
    ),
    pytest.param("Sy anaknya, ester, mau urus", "Sy anaknya, [NAME], mau urus", id="child-of"),
    pytest.param("AGUSTINA BENU GA DATANG", "[NAME] GA DATANG", id="no-family-after-the-particle"),
    pytest.param("[08.05] yosef: sdh sampai?", "[08.05] [NAME]: sdh sampai?", id="chat-time-alone"),
    pytest.param(
        "[03-11-2026 07.12] okto sinaga: air mati",
        "[03-11-2026 07.12] [NAME]: air mati",
        id="chat-dashes",
    ),
    pytest.param(
        "[3 Mei 2026 07.12] okto lalang: ok", "[3 Mei 2026 07.12] [NAME]: ok", id="chat-month-name"
    ),
    pytest.param("Kwitansi a/n yakob sinaga, tgl 3", "Kwitansi a/n [NAME], tgl 3", id="a-slash-n"),
    pytest.param(
        "nama lengkapnya okto wila, bukan", "nama lengkapnya [NAME], bukan", id="full-name-of"
    ),
    pytest.param(
        "biasa dipanggil Eto di kampung", "biasa dipanggil [NAME] di kampung", id="nickname"
    ),
    pytest.param(
        "DIANTAR OLEH HERMANUS SIUBELAN KE KANTOR",
        "DIANTAR OLEH [NAME] KE KANTOR",
        id="given-name-then-an-unknown-family-in-capitals",
    ),
    pytest.param("Nama : MARKUS RA TU\nAlamat", "Nama : [NAME]\nAlamat", id="ocr-split-name"),
    pytest.param("Nama : YOSEPH 5INLAE", "Nama : [NAME]", id="ocr-digit-for-a-letter"),
    pytest.param(
        "NAMA YOSEPH\nKOLIN\nKANTOR CABANG KUPANG",
        "NAMA [NAME]\nKANTOR CABANG KUPANG",
        id="name-broken-over-a-line",
    ),
    pytest.param(
        "Nama Wajib Pajak: OKTO LALANG", "Nama Wajib Pajak: [NAME]", id="field-label-of-words"
    ),
    pytest.param(
        "No | Nama | Umur\n1 | lodia daeng matta | 12",
        "No | Nama | Umur\n1 | [NAME] | 12",
        id="table-name-column",
    ),
    pytest.param("1. Okto Siubelan (27)\n", "1. [NAME] (27)\n", id="list-entry-with-age"),
    pytest.param("dong pung anak Ose hilang", "dong pung anak [NAME] hilang", id="their-child"),
    pytest.param("anak kami Eto masih sakit", "anak kami [NAME] masih sakit", id="our-child"),
    pytest.param("anaknya Eto hilang", "anaknya [NAME] hilang", id="his-child"),
    pytest.param("sarlota sabneno sdh lapor", "[NAME] sdh lapor", id="atoni-family-name"),
    pytest.param(
        "yermias deng wahyuni su datang ko?", "[NAME] deng [NAME] su datang ko?", id="deng"
    ),
    pytest.param(
        "IGNASIUS TOLONG SAMPAIKAN KE KANTOR", "[NAME] TOLONG SAMPAIKAN KE KANTOR", id="sms-verb"
    ),
    pytest.param("tadi yosef. hendrik lebih galak", "tadi yosef. [NAME] lebih galak", id="acts"),
    pytest.param(
        "td rosalina wungubelen yg ambil uang", "td [NAME] yg ambil uang", id="acts-unknown-family"
    ),
    pytest.param("tag sutrisno maukari sm kornelis", "tag [NAME] sm [NAME]", id="tag"),
    pytest.param("Bu Damai su telpon?", "Bu [NAME] su telpon?", id="honorific-word-name"),
    pytest.param("Selamat pagi Pak Kasih, sy mau", "Selamat pagi Pak [NAME], sy mau", id="pak"),
    pytest.param("Bapa Selamat tukang parkir", "Bapa [NAME] tukang parkir", id="bapa"),
    pytest.param(
        "ANAK KAMI NOVI, SOFI, DAN GRACIA BELUM",
        "ANAK KAMI [NAME], [NAME], DAN [NAME] BELUM",
        id="a-list-goes-on",
    ),
    pytest.param(
        "tidak pernah didatangi. - mikael mone", "tidak pernah didatangi. - [NAME]", id="dash-lower"
    ),
    pytest.param(
        "Bu Intan su telpon? Katanya Intan deng suaminya mau datang",
        "Bu [NAME] su telpon? Katanya [NAME] deng suaminya mau datang",
        id="a-name-said-again",
    ),
    pytest.param(
        "Terima kasih Kak Sisca yang kembalikan HP.\nKomentar:\nyosef: sisca memang orang baik\n"
        "Ibu Indah su bantu. Pemandangan indah sekali.",
        "Terima kasih Kak [NAME] yang kembalikan HP.\nKomentar:\n[NAME]: [NAME] memang orang baik\n"
        "Ibu [NAME] su bantu. Pemandangan indah sekali.",
        id="a-name-said-again-in-lower-case",
    ),
    pytest.param(
        "coba lu tanya viktor sa, dia tau", "coba lu tanya [NAME] sa, dia tau", id="tanya"
    ),
    pytest.param(
        "beta su kasi tau ke dorkas, ma dia bilang tunggu markus pulang",
        "beta su kasi tau ke [NAME], ma dia bilang tunggu [NAME] pulang",
        id="ke-and-tunggu",
    ),
    pytest.param("eh itu tinus ko? dia yg", "eh itu [NAME] ko? dia yg", id="nickname-ko"),
    pytest.param(
        "wahyuni, aleta ayo ikut live bsk", "[NAME], [NAME] ayo ikut live bsk", id="called-in-a-row"
    ),
    pytest.param(
        "yg blm dapat BLT: simon gunawan, sitti riwu rohi dan adriana.",
        "yg blm dapat BLT: [NAME], [NAME] dan [NAME].",
        id="a-list-in-lower-case-with-an-acronym",
    ),
    pytest.param(
        "abdullah wila ini yg tadi tabrak lari", "[NAME] ini yg tadi tabrak lari", id="ini-yg"
    ),
    pytest.param(
        "bilang Melati pung ana sonde dapat", "bilang [NAME] pung ana sonde dapat", id="pung"
    ),
    pytest.param("bukan yosef. hendrik", "bukan [NAME]. [NAME]", id="bukan"),
    pytest.param("Pengadu Aleta Alkatiri, beralamat", "Pengadu [NAME], beralamat", id="pengadu"),
    pytest.param(
        "Pelapor Sdr. Yeskiel Lomi. Lalu Yeskiel bilang sonde bisa",
        "Pelapor Sdr. [NAME]. Lalu [NAME] bilang sonde bisa",
        id="a-name-the-list-lacks-said-again",
    ),
]
NOT_NAMES = [
    pytest.param("Salam,\nForum Warga Peduli Kota", id="group-signature"),
    pytest.param("biar ko Dinas tau", id="ko-particle"),
    pytest.param("Kepada Yth. Inspektorat Kota Kupang\ndi Kupang", id="office-addressee"),
    pytest.param("YTH BPK WALIKOTA SAMPAH", id="role-caps"),
    pytest.param("PAK LURAH OESAPA BARAT TDK ADA", id="kelurahan"),
    pytest.param("Nama anak salah ketik di akta", id="field-ordinary-words"),
    pytest.param("antrian di rs bhayangkara drs. titus uly panjang", id="hospital-lower"),
    pytest.param("Jemaat GMIT Imanuel memohon", id="church"),
    pytest.param("TERIMA KASIH", id="thanks-closing"),
    pytest.param("terima kasih, Pasar Kasih indah", id="guide-words"),
    pytest.param("Jemaat GMIT Imanuel Ga Lena", id="church-named-after-a-family"),
    pytest.param("Yth. Kapolresta Kupang Kota", id="police-chief"),
    pytest.param("Hormat kami,\nKoordinator Forum", id="coordinator-signature"),
    pytest.param("Petugas Pendamping PKH hadir", id="companion-role"),
    pytest.param("Kepala Sekolah SMPK St. Theresia menerangkan", id="catholic-school-saint"),
    pytest.param("KTP SAYA GANDA DI DUKCAPIL", id="whose-card"),
    pytest.param("RUMAH SAYA, PAGAR TETANGGA SUDAH ROBOH", id="whose-house"),
    pytest.param("Taman kota bersih dan asri lagi", id="given-name-that-is-a-word"),
    pytest.param("rumah semi permanen sama fajar menyingsing", id="given-names-as-words"),
    pytest.param("Bapak Selamat Pagi, jalan rusak", id="honorific-then-greeting"),
    pytest.param("Terima Kasih Pak", id="thanks-then-honorific"),
    pytest.param("ibu kasih makan anak dong", id="honorific-lower-verb"),
    pytest.param("ose su makan ko?", id="ose-is-you-in-ambonese-malay"),
    pytest.param("Taksi lambang Sinar Indah dan Selamat Jaya.", id="brands-joined-by-dan"),
    pytest.param("Jalan rusak, Damai sekali tidak", id="word-after-a-comma"),
    pytest.param("ugal-ugalan di Frans Seda tadi pagi", id="a-street-named-after-a-man"),
    pytest.param("macet parah di Piet Tallo deng di depan", id="a-street-without-jl"),
    pytest.param("Koperasi Tunas Harapan pung NPWP", id="a-cooperatives-name-then-pung"),
    pytest.param("pukul beta pung ana sampe biru. Ana pung nama", id="ana-opening-a-sentence"),
]
#: A name found once, and its words again where they are ordinary words or a street's.
NAMES_SAID_AGAIN = [
    pytest.param(
        "Bu Kasih su datang. Terima kasih banyak, Kasih Ibu juga ada",
        "Bu [NAME] su datang. Terima kasih banyak, Kasih Ibu juga ada",
        id="an-ordinary-word-again",
    ),
    pytest.param(
        "nama saya Lampu PLN mati. Lampu sonde menyala, Lampu PLN",
        "nama saya [NAME] PLN mati. Lampu sonde menyala, Lampu PLN",
        id="a-word-the-list-lacks-again",
    ),
    pytest.param(
        "Suami sy Marthen Manafe kecelakaan di Jl. Manafe km 16",
        "Suami sy [NAME] kecelakaan di Jl. Manafe km 16",
        id="a-street-named-after-the-family",
    ),
    pytest.param(
        "Pelapor Sdr. Untung Lomi. Untung saja tidak ada yang luka, untung sekali",
        "Pelapor Sdr. [NAME]. Untung saja tidak ada yang luka, untung sekali",
        id="a-name-written-as-a-word-elsewhere",
    ),
]


WHOSE_NUMBER = [
    pytest.param(
        "WA sy 081234567890 ya kak. Kalo yg 081192615140 itu nomor bengkel, sy sonde pegang",
        "WA sy [PHONE] ya kak. Kalo yg 081192615140 itu nomor bengkel, sy sonde pegang",
        id="a-workshops-number-said-after",
    ),
    pytest.param(
        "HP sy 0815.4315.1536. Nomor 0811-8195-0198 di papan nama kios tu nomor lama toko",
        "HP sy [PHONE]. Nomor 0811-8195-0198 di papan nama kios tu nomor lama toko",
        id="a-shops-old-number",
    ),
    pytest.param(
        "HP ybs 0818-9676-2077; nomor lain yang disebut, 0812-6072-0726, ternyata nomor travel",
        "HP ybs [PHONE]; nomor lain yang disebut, 0812-6072-0726, ternyata nomor travel",
        id="a-travel-agents-number",
    ),
    pytest.param(
        "HP sy 0812-6072-0726, itu nomor saya sendiri",
        "HP sy [PHONE], itu nomor saya sendiri",
        id="the-writers-own-number-said-so",
    ),
    pytest.param(
        "NPWP sy 12.345.678.9-921.000; NPWP koperasi tempat saya menjadi anggota "
        "03.646.438.1-921.000 bukan milik saya.",
        "NPWP sy [NPWP]; NPWP koperasi tempat saya menjadi anggota 03.646.438.1-921.000 bukan "
        "milik saya.",
        id="a-cooperatives-npwp",
    ),
    pytest.param(
        "Email resmi hanya samsat.kupang@gmail.com. Tembusan: sekcam.maulafa@gmail.com",
        "Email resmi hanya samsat.kupang@gmail.com. Tembusan: sekcam.maulafa@gmail.com",
        id="offices-mailboxes",
    ),
    pytest.param(
        "*Diteruskan*\nIbu Gracia Adoe warga RT 35/RW 2 Nefonaek minta tolong",
        "*Diteruskan*\nIbu [NAME] warga [ADDRESS] Nefonaek minta tolong",
        id="a-named-womans-rt",
    ),
    pytest.param(
        "Bapak/Ibu warga RT 05 diharapkan hadir", "Bapak/Ibu warga RT 05 diharapkan hadir", id="rt"
    ),
    pytest.param(
        "Gereja St. Maria Assumpta, Jl. Kejora No. 58, memakai pengeras suara",
        "Gereja St. Maria Assumpta, Jl. Kejora No. 58, memakai pengeras suara",
        id="a-churchs-address-after-a-saints-abbreviation",
    ),
    pytest.param(
        "SMPK St. Theresia (Jl. Kejora No. 5) tutup",
        "SMPK St. Theresia (Jl. Kejora No. 5) tutup",
        id="a-catholic-schools-address",
    ),
    pytest.param(
        "futsal antar-RT se-Kelurahan Kolhua: RT 19 juara 1, RT 03 juara 2! Final RT 05 vs RT 07",
        "futsal antar-RT se-Kelurahan Kolhua: RT 19 juara 1, RT 03 juara 2! Final RT 05 vs RT 07",
        id="rts-as-teams",
    ),
    pytest.param(
        "sy beli di toko. Alamat sy di Jl. Kejora No. 58",
        "sy beli di toko. Alamat sy di [ADDRESS]",
        id="a-home-after-a-shops-sentence",
    ),
]


OFFICES_AND_HOMES = [
    pytest.param(
        "KOP: SMP NEGERI 5 KUPANG\nJl. Flamboyan No. 108, Kupang\n\nNomor: 700/326/DKK/2026",
        "KOP: SMP NEGERI 5 KUPANG\nJl. Flamboyan No. 108, Kupang\n\nNomor: 700/326/DKK/2026",
        id="a-schools-letterhead",
    ),
    pytest.param(
        "Tata Usaha SD Inpres Liliba\nJl. Nusa Indah No. 131, Kupang\n"
        "Telp. 0380 860468 / WA 085744436965",
        "Tata Usaha SD Inpres Liliba\nJl. Nusa Indah No. 131, Kupang\n"
        "Telp. 0380 860468 / WA 085744436965",
        id="a-schools-signature",
    ),
    pytest.param(
        "FAKTUR\nBENGKEL OETETE\nJl. Sumba No. 79\nNPWP : 31.092.379.6-921.000\n"
        "Telp/WA : 085260052602\nNo. Faktur: 010.000-26.20302257",
        "FAKTUR\nBENGKEL OETETE\nJl. Sumba No. 79\nNPWP : 31.092.379.6-921.000\n"
        "Telp/WA : 085260052602\nNo. Faktur: 010.000-26.20302257",
        id="a-workshops-invoice",
    ),
    pytest.param(
        "Info: Kantor Lurah Belo pindah sementara ke Jl. Rote No. 45, sebelah Toko Sinar",
        "Info: Kantor Lurah Belo pindah sementara ke Jl. Rote No. 45, sebelah Toko Sinar",
        id="an-offices-new-seat",
    ),
    pytest.param(
        "[13.54] Grup RT 02: Pengumuman! beta mau kasi masuk di grup RT 32",
        "[13.54] Grup RT 02: Pengumuman! beta mau kasi masuk di grup RT 32",
        id="rts-as-chat-groups",
    ),
    pytest.param(
        "Alamat : JL. KAMPUNG BARU NO. 65B\nRT/RW : 013/006",
        "Alamat : [ADDRESS]\n[ADDRESS]",
        id="a-street-named-with-a-stopword",
    ),
    pytest.param(
        "From: Bagian Umum Setda <umum.setda@kupangkota.go.id>\n"
        "To: dukcapil.kotakupang@gmail.com\n\n"
        "Mohon kehadiran Bapak/Ibu. Konfirmasi ke 0380 866266.",
        "From: Bagian Umum Setda <umum.setda@kupangkota.go.id>\n"
        "To: dukcapil.kotakupang@gmail.com\n\n"
        "Mohon kehadiran Bapak/Ibu. Konfirmasi ke 0380 866266.",
        id="an-offices-mail-and-its-line",
    ),
    pytest.param(
        "KANTOR LURAH MERDEKA (0380) 853144 TDK AKTIF. WA PELAYANAN 0812-0401-9121 JG TDK BALAS",
        "KANTOR LURAH MERDEKA (0380) 853144 TDK AKTIF. WA PELAYANAN 0812-0401-9121 JG TDK BALAS",
        id="an-offices-service-line",
    ),
    pytest.param(
        "Nomor 0815 7100 4564 di spanduk depan pasar Naikoten itu nomor WA pengaduan Satpol PP",
        "Nomor 0815 7100 4564 di spanduk depan pasar Naikoten itu nomor WA pengaduan Satpol PP",
        id="a-banners-number-said-to-be-an-offices",
    ),
    pytest.param(
        "Macet parah di Herman Yohanes arah Bundaran PU",
        "Macet parah di Herman Yohanes arah Bundaran PU",
        id="a-street-spelt-another-way",
    ),
    pytest.param(
        "Kepada: Kabag Hukum\nIsi: kepada Kabid Sarpras u.p. Sdr. L. Bahasuan",
        "Kepada: Kabag Hukum\nIsi: kepada Kabid Sarpras u.p. Sdr. [NAME]",
        id="units-after-posts",
    ),
    pytest.param(
        "MAMA, BETA PUNG HP RUSAK. INI NOMOR TEMAN",
        "MAMA, BETA PUNG HP RUSAK. INI NOMOR TEMAN",
        id="beta-is-i",
    ),
    pytest.param(
        "Hubungi mamanya Karolina 0853 2637 1798. Pelaku bernama Hendra Kwee alias Yopi.",
        "Hubungi mamanya [NAME] [PHONE]. Pelaku bernama [NAME] alias [NAME].",
        id="mamanya-and-alias",
    ),
]
#: Threads, scans and Kupang talk (the twelfth development corpus's round).
THREADS_AND_SCANS = [
    pytest.param(
        "Lily Liunokas > INFO KUPANG KOTA\nLampu mati\n\nPiter Kolo: Sama kak\n"
        "↳ Eta: sonde e\nendang: ade, lu su kasi tau mama ko?",
        "[NAME] > INFO KUPANG KOTA\nLampu mati\n\n[NAME]: Sama kak\n"
        "↳ [NAME]: sonde e\n[NAME]: ade, lu su kasi tau mama ko?",
        id="comment-writers-without-a-time",
    ),
    pytest.param(
        "Nama Barang: beras\nDamai: sonde ada\nCatatan: kosong",
        "Nama Barang: beras\nDamai: sonde ada\nCatatan: kosong",
        id="labels-and-words-that-are-names-too-open-no-comment",
    ),
    pytest.param(
        "Yang punya tolong hubungi majelis. cc Rudolof Hunggu, Oktaviana Santoso",
        "Yang punya tolong hubungi majelis. cc [NAME], [NAME]",
        id="cc",
    ),
    pytest.param(
        "Rudolof Landu menandai Imelda Susilo dan 3 lainnya.",
        "[NAME] menandai [NAME] dan 3 lainnya.",
        id="tagged",
    ),
    pytest.param(
        "NIK:5371044112890018Nama:KRISTINA WIBOWOAlamat:JL. TOMPELLO NO.62AKel/Desa:MANUTAPEN\n"
        "NIK:5302051404870012Jenis Kelamin : LAKI-LAKI",
        "NIK:[NIK]Nama:[NAME]Alamat:[ADDRESS]Kel/Desa:MANUTAPEN\n"
        "NIK:[NIK]Jenis Kelamin : LAKI-LAKI",
        id="a-scan-that-runs-fields-together",
    ),
    pytest.param(
        "No\tNama\tNIK\n1\tPETRUS MAPPA\t5301071703900019\n2\tNIMROD SANAM\t5301074907900008",
        "No\tNama\tNIK\n1\t[NAME]\t[NIK]\n2\t[NAME]\t[NIK]",
        id="a-table-with-tabs",
    ),
    pytest.param(
        "nama\t: Liem Siu Ling\nhp\t: 085732865308\nIsi Pengaduan\t: Bantuan BLT",
        "nama\t: [NAME]\nhp\t: [PHONE]\nIsi Pengaduan\t: Bantuan BLT",
        id="a-form-with-tabs-is-no-table",
    ),
    pytest.param(
        "Motor Beat hitam dh 5796 dy hilang di parkiran",
        "Motor Beat hitam [PLATE] hilang di parkiran",
        id="a-plate-after-the-make-and-colour",
    ),
    pytest.param(
        "RT 07 juara 1 tingkat Kelurahan Oetete, RT 03 juara 2! warga RT 05 deng RT 07",
        "RT 07 juara 1 tingkat Kelurahan Oetete, RT 03 juara 2! warga RT 05 deng RT 07",
        id="rts-as-winners-and-a-community-with-deng",
    ),
    pytest.param(
        "itu bapak namanya sapa? MASIH ADA NAMA ALM BPK SY. agar nama saya dimasukkan dalam DTKS",
        "itu bapak namanya sapa? MASIH ADA NAMA ALM BPK SY. agar nama saya dimasukkan dalam DTKS",
        id="words-after-nama-that-are-no-names",
    ),
    pytest.param(
        "Itu anak nama asli Sugianto Assegaf, mar dong panggil dia Abe sa. ade Yusak pung sekolah",
        "Itu anak nama asli [NAME], mar dong panggil dia [NAME] sa. ade [NAME] pung sekolah",
        id="nama-asli-and-ade",
    ),
]
#: Officer notes, forwards and homes (the thirteenth development corpus's round).
NOTES_AND_FORWARDS = [
    pytest.param(
        "Hubungi suaminya Gidion 089572209887. PMI Kota Kupang 0380-874810.",
        "Hubungi suaminya [NAME] [PHONE]. PMI Kota Kupang 0380-874810.",
        id="an-institutions-fixed-line-after-its-name",
    ),
    pytest.param(
        "Info: PLN 123 / WA 0813-0913-3816. Pengaduan: 112 atau WA 081134149592.",
        "Info: PLN 123 / WA 0813-0913-3816. Pengaduan: 112 atau WA 081134149592.",
        id="a-mobile-listed-after-a-service-line",
    ),
    pytest.param(
        "cek nama di link atau WA admin PKH 081894776617. Ada WA yang mengaku dari Dinas Sosial, "
        "nomor 0821 9151 8972, minta NIK.",
        "cek nama di link atau WA admin PKH 081894776617. Ada WA yang mengaku dari Dinas Sosial, "
        "nomor 0821 9151 8972, minta NIK.",
        id="numbers-posing-as-an-offices",
    ),
    pytest.param(
        "Kaka, pangkalan ojek depan Pasar Kuanino tu nomor +6281972697804, telpon sa",
        "Kaka, pangkalan ojek depan Pasar Kuanino tu nomor +6281972697804, telpon sa",
        id="a-drivers-base-said-before-its-number",
    ),
    pytest.param(
        "Kaka su lapor ke DLHK di (0380) 801 184 ko? HP beta 0812-3456-7890",
        "Kaka su lapor ke DLHK di (0380) 801 184 ko? HP beta [PHONE]",
        id="an-offices-line-and-the-writers-mobile",
    ),
    pytest.param(
        "Tindak lanjut LPR-2026-7416: tangki pukul 15.43. Warga RT 004 dan RT 033 mengambil air",
        "Tindak lanjut LPR-2026-7416: tangki pukul 15.43. Warga RT 004 dan RT 033 mengambil air",
        id="residents-after-a-sentence-with-a-ticket",
    ),
    pytest.param(
        "Lamaran ke kantor DLHK Jl. Adisucipto No. 132. Rumah sy samping kantor lurah Jl. Nangka "
        "No. 5",
        "Lamaran ke kantor DLHK Jl. Adisucipto No. 132. Rumah sy samping kantor lurah [ADDRESS]",
        id="an-office-named-right-before-its-address",
    ),
    pytest.param(
        "[24/02/2026 13.44] Travel Sinar Timor: Kursi ke SoE besok masih ada 2",
        "[24/02/2026 13.44] Travel Sinar Timor: Kursi ke SoE besok masih ada 2",
        id="a-business-as-a-chat-sender",
    ),
    pytest.param(
        "KPD YTH PETUGAS, MOTOR SY HILANG. NANTI BETA GANTI. Pak Lurah Pasir Panjang tolong",
        "KPD YTH PETUGAS, MOTOR SY HILANG. NANTI BETA GANTI. Pak Lurah Pasir Panjang tolong",
        id="words-after-triggers-that-are-no-names",
    ),
    pytest.param(
        "anak-anak main di rumah Wuwur sampai malam",
        "anak-anak main di rumah [NAME] sampai malam",
        id="a-familys-house",
    ),
    pytest.param(
        "hubungi Pak Lurah langsung di nomor beliau 0858 7617 926, kantor tutup sampai Senin.",
        "hubungi Pak Lurah langsung di nomor beliau [PHONE], kantor tutup sampai Senin.",
        id="an-officials-own-number-said-so",
    ),
    pytest.param(
        "Kontak darurat: Dewi Zacharias (istri) - 0821-5841-139",
        "Kontak darurat: [NAME] (istri) - [PHONE]",
        id="an-emergency-contact-is-a-person",
    ),
    pytest.param(
        "Kaka Selfi pung email baru ni: sbanunaek @ymail.com. Alamat berakhiran @bankntt.co.id",
        "Kaka [NAME] pung email baru ni: [EMAIL]. Alamat berakhiran @bankntt.co.id",
        id="a-space-before-the-at-of-a-free-host",
    ),
    pytest.param(
        "NPWP 16 digit sa sama dengan NIK, jadi kartu lama 09.067.365.8-920.000 sonde dipake",
        "NPWP 16 digit sa sama dengan NIK, jadi kartu lama [NPWP] sonde dipake",
        id="an-npwp-written-as-one-after-nik",
    ),
    pytest.param(
        "Hormat kami,\nTata Usaha SMPN 14 Kupang\nTelp. 0380 362508\nWA 62 812 1520 2107",
        "Hormat kami,\nTata Usaha SMPN 14 Kupang\nTelp. 0380 362508\nWA 62 812 1520 2107",
        id="an-offices-mobile-under-its-fixed-line",
    ),
    pytest.param(
        "Hormat kami,\nKetua RT 05\nTelp. 0380 362508\nHP 081234567890",
        "Hormat kami,\nKetua RT 05\nTelp. 0380 362508\nHP [PHONE]",
        id="an-officials-mobile-under-a-fixed-line",
    ),
    pytest.param(
        "Katering RM Sederhana Oebobo, pesan lewat rm.sederhana.oebobo@gmail.com. melapor atas "
        "nama pribadi. LAPAK SY DIBONGKAR TANPA PEMBERITAHUAN",
        "Katering RM Sederhana Oebobo, pesan lewat rm.sederhana.oebobo@gmail.com. melapor atas "
        "nama pribadi. LAPAK SY DIBONGKAR TANPA PEMBERITAHUAN",
        id="a-restaurants-mailbox-and-words-after-triggers",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_in_real_writing(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_NAMES)
def test_not_names(text: str) -> None:
    assert redacted(text) == text


NUMBERS = [
    pytest.param(
        "rek BRI 8544 01 097880 44 0. Nomor HP-nya 08139288199.",
        "rek BRI [BANK_ACCOUNT]. Nomor HP-nya [PHONE].",
        id="context-ends-with-its-sentence",
    ),
    pytest.param(
        "surat pengantar nikah. Nomor dia 0821 7598 8430, namanya Abraham.",
        "surat pengantar nikah. Nomor dia [PHONE], namanya [NAME].",
        id="negative-word-in-an-earlier-sentence",
    ),
    pytest.param("No. Rek. Saya 0142589330", "No. Rek. Saya [BANK_ACCOUNT]", id="abbreviation"),
    pytest.param(
        "pegawai dinas sosial 0812 3456 7890", "pegawai dinas sosial [PHONE]", id="mobile"
    ),
    pytest.param("no kartu 0001234567890", "no kartu [BPJS]", id="bpjs-no-kartu"),
    pytest.param(
        "WA petugas puskesmas 0812 3456 7890", "WA petugas puskesmas [PHONE]", id="staff-whatsapp"
    ),
    pytest.param(
        "ke Puskesmas ditolak krn kartu 0007155198599 (BPJS) belum",
        "ke Puskesmas ditolak krn kartu [BPJS] (BPJS) belum",
        id="bpjs-after",
    ),
]
NOT_NUMBERS = [
    pytest.param("lewat BRIVA 67415 081105405592 tapi", id="briva"),
    pytest.param("No. Sambungan: 05-16-413325", id="connection"),
    pytest.param("Kupang, 03-12-2025\n\nKepada", id="date"),
    pytest.param("Info WA puskesmas (0380) 875 625.", id="institution-landline"),
    pytest.param("WA pengaduan Dukcapil 0811-3822-4455", id="office-institution"),
    pytest.param("WA Puskesmas Oepoi 0812 3456 7890", id="office-whatsapp"),
    pytest.param("WA Dinas PUPR 0812-3790-1111", id="office-whatsapp-dinas"),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_numbers(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_number_look_alikes(text: str) -> None:
    assert redacted(text) == text


PLATES_AND_ADDRESSES = [
    pytest.param("plat dh 8831 ak", "plat [PLATE]", id="plate-lower"),
    pytest.param("motor sy ea-3015-a diambil", "motor sy [PLATE] diambil", id="plate-lower-dash"),
    pytest.param("PLAT DH-1841-XY PARKIR", "PLAT [PLATE] PARKIR", id="plate-dash"),
    pytest.param("tinggal di rt 9", "tinggal di [ADDRESS]", id="rt-alone"),
    pytest.param("Jl. Palapa no. 5C / RT 42.", "[ADDRESS].", id="slash-joins"),
    pytest.param("Jl. Jend. Sudirman No. 66 RT 21/RW 10", "[ADDRESS]", id="abbreviated-street"),
]
NOT_PLATES_OR_ADDRESSES = [
    pytest.param("motor sy b 12 ada", id="short-lower-plate"),
    pytest.param("Ketua RT 09 datang", id="rt-role"),
    pytest.param("Yth. Kepala Dinas PUPR\nJl. El Tari No. 16, Kupang", id="office-heading"),
    pytest.param("Kepada Yth.\nKepala Dinas Sosial\ndi Jl. El Tari No. 16", id="office-heading-di"),
]


@pytest.mark.parametrize(("text", "expected"), PLATES_AND_ADDRESSES)
def test_plates_and_addresses(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_PLATES_OR_ADDRESSES)
def test_plate_and_address_look_alikes(text: str) -> None:
    assert redacted(text) == text


def test_a_home_address_after_a_heading_that_is_not_an_office_stays_redacted() -> None:
    assert redacted("Kepala dinas tdk peduli. Rumah saya Jl. X No. 5") == (
        "Kepala dinas tdk peduli. Rumah saya [ADDRESS]"
    )


EMAILS = [
    pytest.param("kirim ke adminah@gmail.com", "kirim ke [EMAIL]", id="personal"),
    pytest.param("ndun.yohanes77@gmail.com", "[EMAIL]", id="personal-dotted"),
    pytest.param("email: meri_haba @gmail.com", "email: [EMAIL]", id="space-before-at"),
    pytest.param("misalnya nama@contoh.com", "misalnya [EMAIL]", id="a-registrable-example-host"),
    pytest.param("a.tanone[@]outlook.com", "[EMAIL]", id="bracketed-at-sign"),
    pytest.param("petrus.haba (keong) ymail.com", "[EMAIL]", id="keong"),
    pytest.param("pahkri93 (et) gmail.com", "[EMAIL]", id="et"),
    pytest.param("siti_tefa (at) gmail (titik) com ya", "[EMAIL] ya", id="titik"),
    pytest.param("viktor81 at rocketmail titik com", "[EMAIL]", id="titik-word"),
    pytest.param(
        "ke yosef [dot] kapitan [dot] 18 [at] ymail [dot] com.", "ke [EMAIL].", id="mailbox-dots"
    ),
]
NOT_EMAILS = [
    pytest.param("email sekretariat.fwpk@gmail.com.", id="secretariat"),
    pytest.param("forumwargapeduli.kpg@gmail.com", id="forum"),
    pytest.param("dukcapil@kupangkota.go.id", id="agency-on-go-id"),
    pytest.param("email yg berakhiran @bankntt.co.id", id="a-word-before-a-domain"),
    pytest.param("lurah.fatululi@gmail.com", id="a-post-passes-to-the-next-holder"),
    pytest.param("pkm.oebobo@gmail.com dan kel.oebufu@gmail.com", id="unit-abbreviations"),
    pytest.param("tokosinarabadi.kpg@gmail.com", id="business-run-into-its-name"),
    pytest.param("arisan.mawar [at] yahoo.com", id="obfuscated-group"),
    pytest.param("akademik@undana.ac.id", id="university-office"),
    pytest.param("bansos.kemensos.ntt@gmail.com", id="posing-as-a-programme"),
    pytest.param("contoh: user@example.com atau admin@lapor.test", id="reserved-examples"),
    pytest.param("foto denah@2x.png dan IMG_2026@kupang.jpg", id="file-names"),
    pytest.param("https://warga:rahasia123@portal.kupang.info/cek", id="link-user"),
    pytest.param("ftp://anonymous@data.kupangkota.go.id/publik", id="link-user-alone"),
    pytest.param("git@github.com:pemkotkupang/lapor-web.git", id="repository-remote"),
]


@pytest.mark.parametrize(("text", "expected"), EMAILS)
def test_emails(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_group_and_agency_mailboxes(text: str) -> None:
    assert redacted(text) == text


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        pytest.param("maria", "[NAME]", id="a-name-saved-in-lower-case"),
        pytest.param("yohanes ndun", "[NAME]", id="two-words"),
        pytest.param("Anace Ndun", "[NAME]", id="capitalised"),
        pytest.param("admin kelurahan", "admin kelurahan", id="an-office"),
        pytest.param("mama", "mama", id="a-kin-word"),
        pytest.param("grup warga", "grup warga", id="a-group"),
    ],
)
def test_a_chat_exports_sender_is_a_name_in_any_case(sender: str, expected: str) -> None:
    assert redacted(f"[22/10/2026 17.15] {sender}: kak sy su isi formulir") == (
        f"[22/10/2026 17.15] {expected}: kak sy su isi formulir"
    )


SCANNED_FORMS = [
    pytest.param("rumah sy di Lr. Damai No. 78 ya", "rumah sy di [ADDRESS] ya", id="lorong"),
    pytest.param(
        "RT/RW : 031/006\nKel/Desa : FONTEIN", "[ADDRESS]\nKel/Desa : FONTEIN", id="ktp-rt-rw"
    ),
    pytest.param("NlK : 53O20322090700l6", "NlK : [NIK]", id="nik-word-read-with-an-l"),
    pytest.param("No. KK : 537105210B225685", "No. KK : [KK]", id="b-read-for-8"),
    pytest.param("KK 53710414041347S3 hilang", "KK [KK] hilang", id="s-read-for-5"),
    pytest.param("nomor wa sy O8S7072l9B76 pak", "nomor wa sy [PHONE] pak", id="a-lettered-mobile"),
    pytest.param(
        "NIK : 53061107\n11730022\nNama : ANSELMUS",
        "NIK : [NIK]\nNama : [NAME]",
        id="nik-over-a-line",
    ),
    pytest.param("wa kantor 0811O49l4l48", "wa kantor 0811O49l4l48", id="an-offices-lettered-line"),
    pytest.param(
        "Itu bagaimana pak? Beta pung nomor 0B13-4553-67O, atau email",
        "Itu bagaimana pak? Beta pung nomor [PHONE], atau email",
        id="a-lettered-mobile-after-a-number-word",
    ),
    pytest.param(
        "Nomor antrian B12 O812 lalu", "Nomor antrian B12 O812 lalu", id="a-lettered-queue-number"
    ),
    pytest.param(
        "2. Saksi mata ojek pangkalan, Abdul Gani Lamahoda (0853843260161), lihat nomor plat.",
        "2. Saksi mata ojek pangkalan, [NAME] ([PHONE]), lihat nomor plat.",
        id="a-witness-named-after-a-business-word",
    ),
    pytest.param(
        "Penerima BPNT RT 09\nNo | Nama | KKS | Keterangan\n1 | ADELHEID HENUK | - | baru",
        "Penerima BPNT RT 09\nNo | Nama | KKS | Keterangan\n1 | [NAME] | - | baru",
        id="an-rt-in-a-lists-heading",
    ),
    pytest.param(
        "PAPAN INFO RT 14 / RW 05\nIURAN KEAMANAN Rp 90.000/BLN",
        "PAPAN INFO RT 14 / RW 05\nIURAN KEAMANAN Rp 90.000/BLN",
        id="an-rt-on-a-boards-heading",
    ),
    pytest.param(
        "Undangan Vaksinasi Lansia\nKepada Yth. Bapak/Ibu lansia warga RT 24. Vaksinasi besok.",
        "Undangan Vaksinasi Lansia\nKepada Yth. Bapak/Ibu lansia warga RT 24. Vaksinasi besok.",
        id="the-elderly-of-an-rt-addressed",
    ),
    pytest.param(
        "Sanggahan: email beasiswa@kupangkota.go.id atau WA 082151177867 (Senin-Jumat).",
        "Sanggahan: email beasiswa@kupangkota.go.id atau WA 082151177867 (Senin-Jumat).",
        id="a-mobile-listed-after-an-offices-mailbox",
    ),
    pytest.param(
        "Kirim ke beasiswa@kupangkota.go.id, sy punya WA 082151177867.",
        "Kirim ke beasiswa@kupangkota.go.id, sy punya WA [PHONE].",
        id="the-writers-mobile-after-an-offices-mailbox",
    ),
    pytest.param(
        "Info vaksin rabies: Seksi P2P, WA 085380692280, Senin-Jumat.",
        "Info vaksin rabies: Seksi P2P, WA 085380692280, Senin-Jumat.",
        id="a-sections-acronym-and-its-line",
    ),
    pytest.param(
        "Ayah saya, peserta JKN No. 0007184294285 (NIK 5371042106400290), ditolak rawat inap",
        "Ayah saya, peserta JKN No. [BPJS] (NIK [NIK]), ditolak rawat inap",
        id="a-card-with-the-next-numbers-label-in-brackets",
    ),
    pytest.param(
        "Dear BPJS Kesehatan, I am a student, card no. 0008495611866, registered under my father",
        "Dear BPJS Kesehatan, I am a student, card no. [BPJS], registered under my father",
        id="a-card-number-in-english",
    ),
    pytest.param(
        "Rekening penerimaan BLUD: Bank NTT 015.01.02.055018-1 a.n. BLUD RSUD.",
        "Rekening penerimaan BLUD: Bank NTT 015.01.02.055018-1 a.n. BLUD RSUD.",
        id="a-public-agencys-account",
    ),
    pytest.param(
        "Pembayaran: QRIS / transfer ke BLUD Bank NTT 001.01.04.169864-1, VA 3935800990281580",
        "Pembayaran: QRIS / transfer ke BLUD Bank NTT 001.01.04.169864-1, VA 3935800990281580",
        id="paid-to-a-public-agencys-account",
    ),
    pytest.param(
        "Waspada penipuan yang mengatasnamakan BRI melalui nomor pribadi seperti 0813.7516.0707.",
        "Waspada penipuan yang mengatasnamakan BRI melalui nomor pribadi seperti 0813.7516.0707.",
        id="a-scams-number-as-an-offices-example",
    ),
    pytest.param(
        "Ada nomor 0823906579175 WA bilang NPWP kita diblokir, suru klik link. Itu tipu-tipu.",
        "Ada nomor 0823906579175 WA bilang NPWP kita diblokir, suru klik link. Itu tipu-tipu.",
        id="a-scams-number-asking-to-click-a-link-further-on",
    ),
    pytest.param(
        "Penelepon: Tadi ada yang telpon dari +62 857-4084-9533, ngaku petugas KPP, minta transfer."
        "\nPetugas: Itu penipuan Bu.\nPenelepon: Nomor lain juga sempat WA, +62 852-6224-5533.",
        "Penelepon: Tadi ada yang telpon dari +62 857-4084-9533, ngaku petugas KPP, minta transfer."
        "\nPetugas: Itu penipuan Bu.\nPenelepon: Nomor lain juga sempat WA, +62 852-6224-5533.",
        id="another-number-that-wrote-in-a-scams-report",
    ),
    pytest.param(
        "Penyaluran Bansos: hubungi 0852-8713-2854 (Pendamping Wilayah)",
        "Penyaluran Bansos: hubungi 0852-8713-2854 (Pendamping Wilayah)",
        id="a-role-in-brackets-after-a-mobile",
    ),
    pytest.param(
        "[06/02/2025 19.36] DPMPTSP Kota Kupang: Daftar PBG yang terbit minggu ini:\n"
        "1) CV Sasando\nPengambilan dokumen di loket 3. Info: 08131851153.",
        "[06/02/2025 19.36] DPMPTSP Kota Kupang: Daftar PBG yang terbit minggu ini:\n"
        "1) CV Sasando\nPengambilan dokumen di loket 3. Info: 08131851153.",
        id="an-offices-chat-message-after-its-time-stamp",
    ),
    pytest.param(
        "3. Alamat Kantor : JL. SOEHARTO NO. 72, KOTA KUPANG\n4. Nomor Telepon : (0380) 887519",
        "3. Alamat Kantor : JL. SOEHARTO NO. 72, KOTA KUPANG\n4. Nomor Telepon : (0380) 887519",
        id="a-fixed-line-under-an-offices-seat",
    ),
    pytest.param(
        "Mitra | Alamat | Telepon\nBRI Cabang Kupang | Jl. Timor Raya No. 31 | 0380-873232\n"
        "Kantor Pos Kupang | Jl. Piet A. Tallo No. 94 | 0380 899587",
        "Mitra | Alamat | Telepon\nBRI Cabang Kupang | Jl. Timor Raya No. 31 | 0380-873232\n"
        "Kantor Pos Kupang | Jl. Piet A. Tallo No. 94 | 0380 899587",
        id="organisations-rows-in-a-table-without-names",
    ),
    pytest.param(
        "Nama Usaha | Pemilik | HP Pemilik\nWarung Se'i Lontar | Merlin Mesakh | 0822 5399 2942",
        "Nama Usaha | Pemilik | HP Pemilik\nWarung Se'i Lontar | [NAME] | [PHONE]",
        id="an-owners-mobile-in-a-table-of-businesses",
    ),
    pytest.param(
        "From: BRI <notifikasi@bri.co.id>\nTo: callbri@bri.co.id, kur.kupang@bri.co.id",
        "From: BRI <notifikasi@bri.co.id>\nTo: callbri@bri.co.id, kur.kupang@bri.co.id",
        id="a-banks-senders-and-desks",
    ),
    pytest.param(
        "To: wp-kupang-920@lists.pajak.go.id\nCc: dapodik.kotakupang@gmail.com",
        "To: wp-kupang-920@lists.pajak.go.id\nCc: dapodik.kotakupang@gmail.com",
        id="a-mailing-list-and-a-programmes-desk",
    ),
    pytest.param(
        "yg terdaftar selly.yopi83@gmail,com , harusnya",
        "yg terdaftar [EMAIL] , harusnya",
        id="a-comma-for-a-free-hosts-dot",
    ),
    pytest.param(
        "Pembeli : DINAS PUPR KOTA KUPANG, NPWP 31.352.333.4-921.000\n"
        "KOTKUPANG KSU KARYA TANI BAUMATA NPWP 01.960.076.1-921.000\n"
        "sudah disetor atas NPWP desa 01.839.390.9-921.000.",
        "Pembeli : DINAS PUPR KOTA KUPANG, NPWP 31.352.333.4-921.000\n"
        "KOTKUPANG KSU KARYA TANI BAUMATA NPWP 01.960.076.1-921.000\n"
        "sudah disetor atas NPWP desa 01.839.390.9-921.000.",
        id="bodies-npwps-named-before-or-after-the-word",
    ),
    pytest.param(
        "SMK NEGERI 3 KUPANG\nNPSN : 58497148\nNPWP : 01.417.944.4-920.000",
        "SMK NEGERI 3 KUPANG\nNPSN : 58497148\nNPWP : 01.417.944.4-920.000",
        id="a-schools-npwp-under-its-heading",
    ),
    pytest.param(
        "1. Nama Pelaku Usaha : KOPERASI SERBA USAHA\n2. NPWP : 02.581.573.4-920.001",
        "1. Nama Pelaku Usaha : KOPERASI SERBA USAHA\n2. NPWP : 02.581.573.4-920.001",
        id="numbered-form-lines-of-a-cooperative",
    ),
    pytest.param(
        "1. Nama : Yanti Lay\n2. NPWP : 02.581.573.4-920.002",
        "1. Nama : [NAME]\n2. NPWP : [NPWP]",
        id="numbered-form-lines-of-a-person",
    ),
    pytest.param(
        "kotkupang kartu prakerja sy no 4210 0310 3582 4966 insentif blm masuk",
        "kotkupang kartu prakerja sy no 4210 0310 3582 4966 insentif blm masuk",
        id="no-line-inside-a-cards-groups",
    ),
    pytest.param("RT 005 0812 3456 7890", "[ADDRESS] [PHONE]", id="a-mobile-after-an-rts-number"),
    pytest.param(
        "Hub (+62) 821 9895 9184 (Anace)", "Hub [PHONE] ([NAME])", id="a-country-code-in-brackets"
    ),
    pytest.param(
        "Air tangki sendiri, Hub Om Hendrikus 0853·4365·52030.",
        "Air tangki sendiri, Hub Om [NAME] [PHONE].",
        id="groups-between-middle-dots",
    ),
    pytest.param(
        "Anastasia: Pustu pung nomor +62882886790529 tapi malam sonde ada yang angkat.",
        "[NAME]: Pustu pung nomor +62882886790529 tapi malam sonde ada yang angkat.",
        id="a-health-posts-own-number-in-kupang-malay",
    ),
    pytest.param(
        "Disperindag pung nomor (0380) 810 279 sonde ada yang angkat.",
        "Disperindag pung nomor (0380) 810 279 sonde ada yang angkat.",
        id="a-trade-offices-own-line",
    ),
    pytest.param(
        "Oma su masuk ruang rawat inap. Nomor perawat jaga ruangan 081831707171 (ruang Cempaka).",
        "Oma su masuk ruang rawat inap. Nomor perawat jaga ruangan 081831707171 (ruang Cempaka).",
        id="a-ward-nurse-on-dutys-line",
    ),
    pytest.param(
        "Pak RT 14: Su sa teruskan ke Bhabinkamtibmas, WA +62 813-6080-4913",
        "Pak RT 14: Su sa teruskan ke Bhabinkamtibmas, WA +62 813-6080-4913",
        id="a-village-police-officers-line",
    ),
    pytest.param(
        "Instansi akan menindaklanjuti. Kontak instansi: 0380 813283 psw 152, WA 082145214051.",
        "Instansi akan menindaklanjuti. Kontak instansi: 0380 813283 psw 152, WA 082145214051.",
        id="an-agencys-contact-in-a-notice",
    ),
    pytest.param(
        "LOG PANGGILAN 11/10/2025\n10.58 | UD Laut Timor | 082154295836 | izin lapak ikan\n"
        "11.15 | Kurir JNE | +62 853-2927-6592 | alamat kantor dinas\n"
        "11.20 | Yanti Lay | 0812 3456 7890 | air",
        "LOG PANGGILAN 11/10/2025\n10.58 | UD Laut Timor | 082154295836 | izin lapak ikan\n"
        "11.15 | Kurir JNE | +62 853-2927-6592 | alamat kantor dinas\n"
        "11.20 | [NAME] | [PHONE] | air",
        id="organisations-rows-in-a-call-log",
    ),
    pytest.param(
        "KOTKUPANG MHN INFO NOMOR PENGADUAN PDAM. SY TLP 0380-867958 DAN (0380) 867 474 TDK ADA "
        "YG ANGKAT.",
        "KOTKUPANG MHN INFO NOMOR PENGADUAN PDAM. SY TLP 0380-867958 DAN (0380) 867 474 TDK ADA "
        "YG ANGKAT.",
        id="two-lines-nobody-answers",
    ),
    pytest.param(
        "Bapa mama, hubungi Damaris 0813-5239-7921. Ke suami sa Wilfridus 6285259251767.",
        "Bapa mama, hubungi [NAME] [PHONE]. Ke suami sa [NAME] [PHONE].",
        id="baptismal-names-of-the-sixteenth-extension",
    ),
    pytest.param(
        "1. Nama Pelaku Usaha : KSU KARYA TANI BAUMATA\n2. NPWP : 01.550.848.6-920.000",
        "1. Nama Pelaku Usaha : KSU KARYA TANI BAUMATA\n2. NPWP : 01.550.848.6-920.000",
        id="a-cooperative-filling-a-names-field",
    ),
    pytest.param(
        "Yth. Wajib Pajak,\nBatas pelaporan SPT. Hubungi Kring Pajak 1500200. BPKB a.n. sendiri.",
        "Yth. Wajib Pajak,\nBatas pelaporan SPT. Hubungi Kring Pajak 1500200. BPKB a.n. sendiri.",
        id="labels-and-services-read-after-triggers",
    ),
    pytest.param(
        "Lapor SPT tinggal 10 hari lagi! Layanan asistensi di KPP, Jl. Adisucipto No. 80.\n"
        "KPP Pratama Kupang - Jl. Soeharto No. 118",
        "Lapor SPT tinggal 10 hari lagi! Layanan asistensi di KPP, Jl. Adisucipto No. 80.\n"
        "KPP Pratama Kupang - Jl. Soeharto No. 118",
        id="a-tax-offices-seats",
    ),
    pytest.param(
        "NAMA WAJIB PAJAK : GMIT JEMAAT ALFA OMEGA FATUKOA\nALAMAT WP : JL. W.J. LALAMENTIK NO. 60",
        "NAMA WAJIB PAJAK : GMIT JEMAAT ALFA OMEGA FATUKOA\nALAMAT WP : JL. W.J. LALAMENTIK NO. 60",
        id="a-churchs-seat-under-its-name",
    ),
    pytest.param(
        "Pemohon : CV OETETE TEKNIK\nNPWP : 0021198552920000\nLokasi : JL. AMABI NO. 99",
        "Pemohon : CV OETETE TEKNIK\nNPWP : 0021198552920000\nLokasi : JL. AMABI NO. 99",
        id="a-companys-building-under-its-name",
    ),
    pytest.param(
        "saya tinggal di Jl. Amabi No. 9", "saya tinggal di [ADDRESS]", id="a-home-still-a-home"
    ),
    pytest.param(
        "Dana disalurkan dari rekening kas desa Bank NTT 00101022843422.",
        "Dana disalurkan dari rekening kas desa Bank NTT 00101022843422.",
        id="a-villages-cash-account",
    ),
    pytest.param(
        "Nama | NIM | Email | Rek. BNI\n"
        "Irma Ataupah | 2407070121 | irma75@rocketmail.com | 0450749060",
        "Nama | NIM | Email | Rek. BNI\n[NAME] | 2407070121 | [EMAIL] | [BANK_ACCOUNT]",
        id="a-student-number-column",
    ),
    pytest.param(
        "Anggota: Paulus (kepala keluarga, NIK 5305 1304 1084 0160, kartu 0008259580664), istri",
        "Anggota: [NAME] (kepala keluarga, NIK [NIK], kartu [BPJS]), istri",
        id="a-jkn-card-after-a-members-nik",
    ),
    pytest.param(
        "KARTU KELUARGA SEJAHTERA\n6013 0135 5172 0203\nSPESIMEN",
        "KARTU KELUARGA SEJAHTERA\n6013 0135 5172 0203\nSPESIMEN",
        id="a-social-aid-debit-card",
    ),
    pytest.param(
        "Petugas: NPWP bapak?\nPelapor: Yang lama sa lupa. Yang baru katanya sama dengan NIK, "
        "5371042303680133.",
        "Petugas: NPWP bapak?\nPelapor: Yang lama sa lupa. Yang baru katanya sama dengan NIK, "
        "[NPWP].",
        id="an-npwp-asked-for-then-said-to-be-the-nik",
    ),
    pytest.param(
        "MUTASI REKENING\nTRF DARI NOVA KOLIMON 0957784868   151.858 CR\n"
        "TRF DARI JERMIAS SELAN 180201898906533 Rp 300.000 3.750.000",
        "MUTASI REKENING\nTRF DARI [NAME] [BANK_ACCOUNT]   151.858 CR\n"
        "TRF DARI [NAME] [BANK_ACCOUNT] Rp 300.000 3.750.000",
        id="accounts-after-a-transfers-sender",
    ),
    pytest.param(
        "Instansi akan menindaklanjuti. Kontak instansi: 0380 813283 psw 152, WA 082145214051.",
        "Instansi akan menindaklanjuti. Kontak instansi: 0380 813283 psw 152, WA 082145214051.",
        id="a-mobile-listed-after-a-line-and-its-extension",
    ),
    pytest.param(
        "PELAYANAN ADMINDUK KELILING\nHUB. PETUGAS : O8S2232217621\nKANTOR : 0380 859 373",
        "PELAYANAN ADMINDUK KELILING\nHUB. PETUGAS : O8S2232217621\nKANTOR : 0380 859 373",
        id="a-lettered-line-of-an-officer-on-duty",
    ),
    pytest.param(
        "[12/02/25 11.08] Admin RT 21: Forward dari PLN, pemadaman besok.",
        "[12/02/25 11.08] Admin RT 21: Forward dari PLN, pemadaman besok.",
        id="a-neighbourhood-groups-admin",
    ),
    pytest.param(
        "Rek. Bank NTT 132701077257546 a.n. POSKO PEDULI FATUBESI",
        "Rek. Bank NTT 132701077257546 a.n. POSKO PEDULI FATUBESI",
        id="a-relief-posts-account",
    ),
    pytest.param(
        "Several members received WhatsApp messages from +6281155006800 and +6281282561678 "
        'claiming to be "Imigrasi Kupang".',
        "Several members received WhatsApp messages from +6281155006800 and +6281282561678 "
        'claiming to be "Imigrasi Kupang".',
        id="scams-numbers-in-an-english-warning",
    ),
    pytest.param(
        "WASPADA: nomor 0812 3456 7890 dan 0813 4567 8901 mengaku pendamping PKH",
        "WASPADA: nomor 0812 3456 7890 dan 0813 4567 8901 mengaku pendamping PKH",
        id="two-numbers-said-to-pose",
    ),
    pytest.param(
        "My own number is 0812 3456 7890, please call.",
        "My own number is [PHONE], please call.",
        id="a-writers-number-in-english",
    ),
    pytest.param(
        "Konfirmasi: 0B52 7494 976 (YUNITA)",
        "Konfirmasi: [PHONE] ([NAME])",
        id="a-lettered-mobile-after-konfirmasi",
    ),
    pytest.param(
        "JUAL IKAN SEGAR\nHUB 0B58-7428-S3S1 / 082l54458789\n(MAMA STEVANI)",
        "JUAL IKAN SEGAR\nHUB [PHONE] / [PHONE]\n(MAMA [NAME])",
        id="two-lettered-mobiles-of-a-sign-with-its-owner",
    ),
    pytest.param(
        "JADWAL PENIMBANGAN: SETIAP TGL 7\nKader : FLORENTINA SERAN 0B58 960I I722",
        "JADWAL PENIMBANGAN: SETIAP TGL 7\nKader : [NAME] [PHONE]",
        id="a-named-cadres-lettered-mobile",
    ),
    pytest.param(
        "Info: kader posyandu 0B12 3456 7890",
        "Info: kader posyandu 0B12 3456 7890",
        id="a-cadre-on-duty-lettered-line",
    ),
    pytest.param(
        "Laporan kejadian: Pusdalops (0380) 842328 / WA 0852 9520 9691.",
        "Laporan kejadian: Pusdalops (0380) 842328 / WA 0852 9520 9691.",
        id="a-disaster-centres-line-and-whatsapp",
    ),
    pytest.param(
        "2. NISN 0358780159 NIK 5307020110190593 (rekening masih atas nama ibu kandungnya)",
        "2. NISN 0358780159 NIK [NIK] (rekening masih atas nama ibu kandungnya)",
        id="a-remark-in-brackets-after-a-nik",
    ),
    pytest.param("5371041203900007 (KK)", "[KK] (KK)", id="a-label-in-brackets-after-a-number"),
    pytest.param(
        "Telp. (0380) 833 411 (Dinas PUPR Kota Kupang)",
        "Telp. (0380) 833 411 (Dinas PUPR Kota Kupang)",
        id="an-offices-name-in-brackets-after-its-line",
    ),
    pytest.param(
        "MTSN KOTA KUPANG\nNPSN 51950217 | NSS 705326 | Terakreditasi A\n"
        "Jl. S.K. Lerik No. 71, Kupang 85117, Telp. 0380-831316, Email: tu.sekolah5@gmail.com",
        "MTSN KOTA KUPANG\nNPSN 51950217 | NSS 705326 | Terakreditasi A\n"
        "Jl. S.K. Lerik No. 71, Kupang 85117, Telp. 0380-831316, Email: tu.sekolah5@gmail.com",
        id="a-madrasahs-letterhead",
    ),
    pytest.param(
        "SMAN 3 KUPANG\nNPSN 51462633 - Jl. Eltari II No. 97, Kupang - Telp. 0380 822 159",
        "SMAN 3 KUPANG\nNPSN 51462633 - Jl. Eltari II No. 97, Kupang - Telp. 0380 822 159",
        id="a-schools-letterhead-with-its-register-number",
    ),
    pytest.param(
        "OMBUDSMAN REPUBLIK INDONESIA\nPERWAKILAN PROVINSI NUSA TENGGARA TIMUR\n"
        "Jl. W.J. Lalamentik No. 81, Kupang. Telp. 0380 818443.",
        "OMBUDSMAN REPUBLIK INDONESIA\nPERWAKILAN PROVINSI NUSA TENGGARA TIMUR\n"
        "Jl. W.J. Lalamentik No. 81, Kupang. Telp. 0380 818443.",
        id="an-ombudsman-offices-letterhead",
    ),
    pytest.param(
        "PEMERINTAH KOTA KUPANG\nSATUAN POLISI PAMONG PRAJA\n"
        "Jl. Polisi Militer No. 65, Kupang. Telp. (0380) 852 407. Piket 24 jam: 0811-4128-0625",
        "PEMERINTAH KOTA KUPANG\nSATUAN POLISI PAMONG PRAJA\n"
        "Jl. Polisi Militer No. 65, Kupang. Telp. (0380) 852 407. Piket 24 jam: 0811-4128-0625",
        id="a-duty-line-in-a-letterhead",
    ),
    pytest.param(
        "GEREJA MASEHI INJILI DI TIMOR\nMAJELIS JEMAAT GMIT JEMAAT BETEL OETETE\n"
        "Sekretariat: Jl. Veteran No. 84, Kupang - Telp. 0380 850077",
        "GEREJA MASEHI INJILI DI TIMOR\nMAJELIS JEMAAT GMIT JEMAAT BETEL OETETE\n"
        "Sekretariat: Jl. Veteran No. 84, Kupang - Telp. 0380 850077",
        id="a-congregations-letterhead",
    ),
    pytest.param(
        "Dana terkumpul, disimpan di rekening panitia a.n. Selvina Tefnay Bank NTT 00101027950331.",
        "Dana terkumpul, disimpan di rekening panitia a.n. [NAME] Bank NTT [BANK_ACCOUNT].",
        id="a-committees-account-held-by-a-person",
    ),
    pytest.param(
        "Rekening sekolah Bank NTT 00101025344034 a.n. SMAN 3 Kupang. Dana masuk melalui "
        "rekening Sinode Bank NTT 015.01.04.168097-3. Infaq: BSI 8630-01-368119-59-4 a.n. Takmir "
        "Masjid. Kode rekening bidang pembangunan 2.09.07.2.18.0029.",
        "Rekening sekolah Bank NTT 00101025344034 a.n. SMAN 3 Kupang. Dana masuk melalui "
        "rekening Sinode Bank NTT 015.01.04.168097-3. Infaq: BSI 8630-01-368119-59-4 a.n. Takmir "
        "Masjid. Kode rekening bidang pembangunan 2.09.07.2.18.0029.",
        id="bodies-accounts-and-a-budget-code",
    ),
    pytest.param(
        "Menindaklanjuti permohonan Saudara, Kartu Keluarga Nomor 5371 0505 0821 6927 diperbaiki",
        "Menindaklanjuti permohonan Saudara, Kartu Keluarga Nomor [KK] diperbaiki",
        id="a-family-card-after-saudara",
    ),
    pytest.param(
        "Email: pkmsikumana@gmail.com, SDGMIT-NK2.kupang@gmail.com, korwil.kotakupang@gmail.com",
        "Email: pkmsikumana@gmail.com, SDGMIT-NK2.kupang@gmail.com, korwil.kotakupang@gmail.com",
        id="a-health-centres-a-schools-and-a-coordinators-mailboxes",
    ),
    pytest.param(
        "Kepala Dinas Dukcapil, Benyamin Bollu, S.H., M.H., menyebut layanan Sabtu dibuka",
        "Kepala Dinas Dukcapil, [NAME], S.H., M.H., menyebut layanan Sabtu dibuka",
        id="academic-degrees-after-a-name",
    ),
    pytest.param(
        "kepada Account Representative Ester Pandie (telepon 0380 832 658 ext. 297).",
        "kepada Account Representative [NAME] (telepon 0380 832 658 ext. 297).",
        id="a-fixed-line-with-its-extension",
    ),
    pytest.param(
        "Pendaftaran online: WA +62 821 2746 0823; informasi (0380) 852 743 ext. 214.",
        "Pendaftaran online: WA +62 821 2746 0823; informasi (0380) 852 743 ext. 214.",
        id="an-online-registrations-whatsapp",
    ),
    pytest.param(
        "Pemilik dapat mengambil dengan membawa identitas, hubungi piket 6281325482560.",
        "Pemilik dapat mengambil dengan membawa identitas, hubungi piket 6281325482560.",
        id="the-duty-officers-line",
    ),
    pytest.param(
        "Bantuan dialihkan ke Beatrix Oematan, warga RT 041/RW 012 Kel. Oetete, disabilitas.",
        "Bantuan dialihkan ke [NAME], warga [ADDRESS] Kel. Oetete, disabilitas.",
        id="a-person-named-then-warga-rt",
    ),
    pytest.param(
        "Salam dari Kota Kupang, warga RT 05 mengeluh soal air.",
        "Salam dari Kota Kupang, warga RT 05 mengeluh soal air.",
        id="a-place-then-warga-rt",
    ),
    pytest.param(
        "BISA KE KAMI KAK WA.ME/628111956439 YA",
        "BISA KE KAMI KAK WA.ME/[PHONE] YA",
        id="a-links-host-after-a-kin-word",
    ),
    pytest.param(
        "Screenshot_2026-040-12-09-41-22_WhatsApp.jpg",
        "Screenshot_2026-040-12-09-41-22_WhatsApp.jpg",
        id="a-screenshots-file-name",
    ),
    pytest.param(
        "foto KTP_5371041901870017.jpg", "foto KTP_[NIK].jpg", id="a-file-named-by-its-nik"
    ),
    pytest.param(
        "NIK:5302036207110030Nama:FRANSISKA", "NIK:[NIK]Nama:[NAME]", id="fields-run-together"
    ),
    pytest.param(
        "KARTU KELUARGA No. 5371041404134753\n| 1 | Yanti | 5371021311080011 | KEPALA KELUARGA |",
        "KARTU KELUARGA No. [KK]\n| 1 | [NAME] | [NIK] | KEPALA KELUARGA |",
        id="a-family-cards-member-row",
    ),
]


OFFICES_ON_PAPER = [
    pytest.param(
        "Kepada: CV Timor Jaya Konstruksi\nNPWP: 02.345.678.9-921.000\nTotal: Rp500.000",
        id="an-invoices-company-npwp",
    ),
    pytest.param(
        "TOKO SINAR ABADI\nJl. Soeharto No. 45 Kupang Telp. (0380) 832 447\n"
        "NPWP : 01.234.567.8-921.000",
        id="a-receipts-heading",
    ),
    pytest.param(
        "PEMERINTAH KOTA KUPANG\nDINAS PEKERJAAN UMUM\n"
        "Jl. Timor Raya Km. 5 Kupang Telp. 0811-3811-5050",
        id="a-letterheads-mobile",
    ),
    pytest.param("Salam,\nBapenda Kota Kupang\nTelp. 0811-3811-5050", id="an-offices-signature"),
    pytest.param(
        "beras utk warga RT 10 dan RT 19 di Posyandu Bunga Bakung, Jl. Kelinci No. 24",
        id="communities-and-a-posyandu",
    ),
    pytest.param("Warga di RT 5 sampai RT 13 Kel. Liliba tidak dapat air", id="a-range-of-rts"),
    pytest.param(
        "lampu di jalur masuk kompleks. Ketua RT 8 su antar surat", id="a-word-ends-a-sentence"
    ),
]


@pytest.mark.parametrize("text", OFFICES_ON_PAPER)
def test_offices_and_communities_on_paper_stay_visible(text: str) -> None:
    assert redacted(text) == text


def test_a_persons_signature_with_an_address_and_a_mobile_stays_redacted() -> None:
    assert redacted("Hormat saya,\nYanti Ndun\nJl. Flores No. 5\nHP 081234567890") == (
        "Hormat saya,\n[NAME]\n[ADDRESS]\nHP [PHONE]"
    )


LOOK_ALIKES_AND_HOMES = [
    pytest.param(
        "No. KK: 5304015408760004\n1 | KORNELIS LOBO | 5371041611670026 | KEPALA KELUARGA",
        "No. KK: [KK]\n1 | [NAME] | [NIK] | KEPALA KELUARGA",
        id="a-family-cards-row-without-a-leading-bar",
    ),
    pytest.param(
        "Kami menyampaikan keluhan warga RT 01 sampai RT 29 Kelurahan Alak.",
        "Kami menyampaikan keluhan warga RT 01 sampai RT 29 Kelurahan Alak.",
        id="the-residents-complaint-carried-by-us",
    ),
    pytest.param(
        "SDH ADA YG JATUH DARI MOTOR 20/5. WARGA RT 05 SUDAH LAPOR",
        "SDH ADA YG JATUH DARI MOTOR 20/5. WARGA RT 05 SUDAH LAPOR",
        id="a-date-is-no-person",
    ),
    pytest.param(
        "Pelapor Bpk. Hok Ga Lena, warga RT16/RW05 Kel. Airnona, mengadukan sampah",
        "Pelapor Bpk. [NAME], warga [ADDRESS] Kel. Airnona, mengadukan sampah",
        id="the-reporter-lives-there",
    ),
    pytest.param(
        "Beta pung rumah di Kompleks Perumnas Blok Kenanga Blok H No. 17 Kel. Naimata.",
        "Beta pung rumah di [ADDRESS] Kel. Naimata.",
        id="a-named-block",
    ),
    pytest.param(
        "beras di Kantor Kelurahan Namosain, Jl. Amabi No. 30, tanggal 21",
        "beras di Kantor Kelurahan Namosain, Jl. Amabi No. 30, tanggal 21",
        id="an-offices-name-then-its-address",
    ),
    pytest.param(
        "Hormat kami,\nTata Usaha SMPN 5 Kupang\nTelp. 0380-871 449",
        "Hormat kami,\nTata Usaha SMPN 5 Kupang\nTelp. 0380-871 449",
        id="a-schools-office",
    ),
    pytest.param(
        "Salam,\nBagian Humas dan Protokol\nTelp. 0380 886366 | WA 08190760462",
        "Salam,\nBagian Humas dan Protokol\nTelp. 0380 886366 | WA 08190760462",
        id="an-offices-mobile-beside-its-line",
    ),
    pytest.param(
        "Hormat kami,\nTata Usaha SMPN 5 Kupang\nTelp. (0380) 801570",
        "Hormat kami,\nTata Usaha SMPN 5 Kupang\nTelp. (0380) 801570",
        id="an-area-code-in-brackets",
    ),
    pytest.param(
        "Salam,\nBagian Humas dan Protokol\nTelp. (0380) 884672 | WA +62 823-0250-968",
        "Salam,\nBagian Humas dan Protokol\nTelp. (0380) 884672 | WA +62 823-0250-968",
        id="a-country-code-beside-the-line",
    ),
    pytest.param(
        "Hormat kami,\nKetua RT 05\nHP 081234567890",
        "Hormat kami,\nKetua RT 05\nHP [PHONE]",
        id="an-officials-own-mobile",
    ),
    pytest.param(
        "Salam damai,\nSekretariat Panitia Natal",
        "Salam damai,\nSekretariat Panitia Natal",
        id="a-greeting",
    ),
    pytest.param(
        "iuran BPJS Kesehatan mandiri kelas 3 untuk kartu 0003479481772 sudah dibayar",
        "iuran BPJS Kesehatan mandiri kelas 3 untuk kartu [BPJS] sudah dibayar",
        id="self-paid-is-not-the-bank",
    ),
    pytest.param(
        "kirim ke sdinpres.oepura@gmail.com",
        "kirim ke sdinpres.oepura@gmail.com",
        id="a-schools-mailbox",
    ),
]


PROSE = [
    pytest.param(
        "air meluap ke rumah Yakob Uly dan rumah kami",
        "air meluap ke rumah [NAME] dan rumah kami",
        id="a-persons-house",
    ),
    pytest.param(
        "dirawat di Rumah Sakit Siloam sejak kemarin",
        "dirawat di Rumah Sakit Siloam sejak kemarin",
        id="a-hospital-is-a-place",
    ),
    pytest.param(
        "Selamat jalan Yohanes Nahak, orang baik", "Selamat jalan [NAME], orang baik", id="farewell"
    ),
    pytest.param(
        "NIK istri di KK tercatat 5371032311530006.",
        "NIK istri di KK tercatat [NIK].",
        id="a-members-nik-on-the-card",
    ),
    pytest.param(
        "Di KK saya (5307172605178512) nama anak salah",
        "Di KK saya ([KK]) nama anak salah",
        id="the-cards-own-number",
    ),
    pytest.param(
        "Faktur dari Bengkel Maju Motor: NPWP 38.245.186.6-311.929, total Rp49.000",
        "Faktur dari Bengkel Maju Motor: NPWP 38.245.186.6-311.929, total Rp49.000",
        id="a-workshops-npwp",
    ),
    pytest.param(
        "Info loker: CV Timor Jaya di Jl. Kenari No. 3 butuh 2 karyawan",
        "Info loker: CV Timor Jaya di Jl. Kenari No. 3 butuh 2 karyawan",
        id="a-companys-address",
    ),
]


REVIEWED = [
    pytest.param(
        "isi form https://forms.gle/x?email=budi.santoso88@gmail.com",
        "isi form https://forms.gle/x?email=[EMAIL]",
        id="an-address-in-a-links-query",
    ),
    pytest.param(
        "hubungi budi.santoso88@gmail.com:0812 3456 7890",
        "hubungi [EMAIL]:[PHONE]",
        id="an-address-before-a-colon",
    ),
    pytest.param(
        "Dari: Arisandi Putra <arisandi.putra@gmail.com>",
        "Dari: [NAME] <[EMAIL]>",
        id="a-name-that-opens-with-a-business-word",
    ),
    pytest.param(
        "Alamat saya samping kantor Kelurahan Oebufu RT 05 RW 02",
        "Alamat saya samping kantor Kelurahan Oebufu [ADDRESS]",
        id="a-home-beside-an-office",
    ),
]


def test_no_known_name_opens_a_mailbox_taken_for_an_organisations() -> None:
    from pengaduan.redaction import _lexicon as lex  # noqa: PLC0415
    from pengaduan.redaction.gazetteer import NameGazetteer  # noqa: PLC0415

    names = NameGazetteer.default().names
    assert len(names) > 1000
    taken = [
        name
        for name in names
        for mailbox in (f"{name}88", f"{name}.lay", name)
        if lex.ORGANISATION_MAILBOX.match(mailbox) or lex.GROUP_MAILBOX.match(mailbox)
    ]
    assert taken == []


def test_a_gazetteer_whose_names_are_particles_raises_nothing() -> None:
    from pengaduan.redaction import Redactor  # noqa: PLC0415
    from pengaduan.redaction.gazetteer import GazetteerNameDetector, NameGazetteer  # noqa: PLC0415

    gazetteer = NameGazetteer(given=["van"], family=["de"])
    redactor = Redactor(detectors=(GazetteerNameDetector(gazetteer=gazetteer),))
    # the app listed them as names: a name alone is one, never an IndexError
    assert redactor.redact("Bapak Van dan Ibu De").text == "Bapak [NAME] dan Ibu [NAME]"


#: The rules of the rounds on scanned forms, look-alikes, running text, their review, whose
#: number and mailbox, names said again, offices and homes, threads and scans, officer notes and
#: forwards: each text redacted as the annotation guide says.
CONTACTS_AND_NUMBERS = [
    pytest.param(
        "NPWP perusahaan 02.123.456.7-920.001, kantor di Jl. Timor Raya",
        "NPWP perusahaan 02.123.456.7-920.001, kantor di Jl. Timor Raya",
        id="a-companys-npwp",
    ),
    pytest.param(
        "Info buat yang belum tahu: NPWP 16 digit sa sekarang sama dengan NIK, 5371014502610024, "
        "jadi kartu lama sonde dipake",
        "Info buat yang belum tahu: NPWP 16 digit sa sekarang sama dengan NIK, [NPWP], "
        "jadi kartu lama sonde dipake",
        id="an-npwp-said-to-be-the-nik-further-back",
    ),
    pytest.param(
        "nomor wa sy 0B81714229SB (tulisan tangan)",
        "nomor wa sy [PHONE] (tulisan tangan)",
        id="a-mobile-whose-eight-is-read-as-a-b",
    ),
    pytest.param(
        "Kontak darurat: Dewi Zacharias (istri) - 0821-5841-139\nNo. rumah: 0380-898153",
        "Kontak darurat: [NAME] (istri) - [PHONE]\nNo. rumah: [PHONE]",
        id="a-home-line-under-its-own-label",
    ),
    pytest.param(
        "Kantor Lurah Oebobo\nNo. kantor: 0380-898153",
        "Kantor Lurah Oebobo\nNo. kantor: 0380-898153",
        id="an-office-line-under-its-own-label",
    ),
    pytest.param(
        "Catatan surel masuk 10/7/2026: From: Haba, Nikodemus <nikodemus.haba@undana.ac.id>. Staf",
        "Catatan surel masuk 10/7/2026: From: [NAME], [NAME] <[EMAIL]>. Staf",
        id="a-mail-header-quoted-inside-a-line",
    ),
]

HARD_NAMES = [
    pytest.param(
        'Dibagikan dari Mei Hwa Tamelab:\n"Ibu kos tahan ijazah"',
        'Dibagikan dari [NAME]:\n"Ibu kos tahan ijazah"',
        id="a-chinese-given-name-of-two-syllables",
    ),
    pytest.param(
        "kirim formulir ke situ ya. Mei Hwa",
        "kirim formulir ke situ ya. [NAME]",
        id="a-chinese-given-name-signing",
    ),
    pytest.param(
        "Rapat tanggal 5 Mei di kantor lurah",
        "Rapat tanggal 5 Mei di kantor lurah",
        id="a-month-is-no-name",
    ),
    pytest.param(
        "beli beras di kios Kristina Baswedan jam 9 pagi, ternyata ada kutu",
        "beli beras di kios [NAME] jam 9 pagi, ternyata ada kutu",
        id="a-stall-called-by-its-keepers-full-name",
    ),
    pytest.param(
        "beli obat di Toko Sinar Abadi dan Apotek Kasih Ibu",
        "beli obat di Toko Sinar Abadi dan Apotek Kasih Ibu",
        id="a-business-named-with-words-stays",
    ),
    pytest.param(
        "mohon dicek kenapa SPT sy ditolak. Nama di NPWP Wayan Missa.",
        "mohon dicek kenapa SPT sy ditolak. Nama di NPWP [NAME].",
        id="the-name-a-card-carries",
    ),
]

THREADS_CALLS_AND_SMS = [
    pytest.param(
        "> Pada Rabu, 17 Juni 2026 07.13, Soleman Tnunay <tnunay@ymail.com> menulis:\n> Air",
        "> Pada Rabu, 17 Juni 2026 07.13, [NAME] <[EMAIL]> menulis:\n> Air",
        id="a-replys-quoted-writer",
    ),
    pytest.param(
        "> From: Soleman Tnunay <soleman-tnunay@ymail.com>\n> Air mati",
        "> From: [NAME] <[EMAIL]>\n> Air mati",
        id="a-quoted-header",
    ),
    pytest.param(
        "To: guru-honor@googlegroups.com, bendahara.sekolah.kupang@gmail.com",
        "To: guru-honor@googlegroups.com, bendahara.sekolah.kupang@gmail.com",
        id="a-mailing-list-and-a-treasurers-mailbox",
    ),
    pytest.param(
        "kl ad yg liat hub 085809187947 (yakobus)",
        "kl ad yg liat hub [PHONE] ([NAME])",
        id="whose-number-in-brackets-after-it",
    ),
    pytest.param(
        "kl ad yg liat hub 0B5325O73207 (frans)",
        "kl ad yg liat hub [PHONE] ([NAME])",
        id="a-lettered-mobile-after-hub",
    ),
    pytest.param(
        "kotkupang sy rudolf touselak nik 5371021612740050 sdh 3 bln urus",
        "kotkupang sy [NAME] nik [NIK] sdh 3 bln urus",
        id="a-family-name-the-gazetteer-lacks-in-lower-case",
    ),
    pytest.param(
        "rapat rt di rumah om hendra malam ini jam 3",
        "rapat rt di rumah om [NAME] malam ini jam 3",
        id="an-ordinary-word-after-a-given-name-stays",
    ),
    pytest.param(
        "kotkupang bemo dh2042ak lampu 9 sopir mabuk",
        "kotkupang bemo [PLATE] lampu 9 sopir mabuk",
        id="a-bemos-plate-in-lower-case",
    ),
    pytest.param(
        "Wajib pajak: 53.71.023.077.049-4298.0. Di sistem ada dua SPPT",
        "Wajib pajak: 53.71.023.077.049-4298.0. Di sistem ada dua SPPT",
        id="a-tax-objects-number",
    ),
    pytest.param(
        "PENAGIH: MESAKH ADOE (HP 0818.4525.1798) - retribusi sampah RT 19, Kel. Nunbaun Sabu",
        "PENAGIH: [NAME] (HP [PHONE]) - retribusi sampah RT 19, Kel. Nunbaun Sabu",
        id="an-rt-as-a-levys-unit",
    ),
    pytest.param(
        "Kepada Yth. Manajer PLN UP3 Kupang",
        "Kepada Yth. Manajer PLN UP3 Kupang",
        id="a-managers-title",
    ),
    pytest.param(
        "Nomor WA 0816 4967 4601 mengaku dari BPJS Kesehatan. Email pln.kupang.token@gmail.com "
        "juga kirim tautan palsu.",
        "Nomor WA 0816 4967 4601 mengaku dari BPJS Kesehatan. Email pln.kupang.token@gmail.com "
        "juga kirim tautan palsu.",
        id="a-number-and-a-mailbox-posing-as-agencies",
    ),
    pytest.param(
        "Nomor 0831 5283 4445 yang dilaporkan mengatasnamakan Dinas Sosial",
        "Nomor 0831 5283 4445 yang dilaporkan mengatasnamakan Dinas Sosial",
        id="a-reported-number-posing-as-an-office",
    ),
    pytest.param(
        "Email Ombudsman NTT yg asli ntt@ombudsman.go.id, dan kop surat cvnusacendana@gmail.com",
        "Email Ombudsman NTT yg asli ntt@ombudsman.go.id, dan kop surat cvnusacendana@gmail.com",
        id="a-regions-and-a-companys-mailbox",
    ),
    pytest.param(
        "Retribusi disetor ke rekening Kas Daerah Bank NTT 009.48.20.108507-1.",
        "Retribusi disetor ke rekening Kas Daerah Bank NTT 009.48.20.108507-1.",
        id="the-regions-treasury-account",
    ),
    pytest.param(
        "Mama Welmince dia pung NIK di KK tatulis 530713531077050, kurang satu angka",
        "Mama [NAME] dia pung NIK di KK tatulis [NIK], kurang satu angka",
        id="the-nik-as-the-family-card-has-it",
    ),
    pytest.param(
        "KIS SY NO 0003379265711 DIBLOKIR PDHL SY PBI. TLG CEK.",
        "KIS SY NO [BPJS] DIBLOKIR PDHL SY PBI. TLG CEK.",
        id="a-programme-in-capitals-after-sy",
    ),
    pytest.param(
        "FORMULIR PENGADUAN\nNama : OBED NALLE\nNo. HP : O89946515465\nE-mail : -",
        "FORMULIR PENGADUAN\nNama : [NAME]\nNo. HP : [PHONE]\nE-mail : -",
        id="a-lettered-mobile-under-a-forms-heading",
    ),
    pytest.param(
        "no. BPJS 000654079572 (kurang satu angka, dibaca dari kartu)",
        "no. BPJS [BPJS] (kurang satu angka, dibaca dari kartu)",
        id="a-bpjs-number-read-one-digit-short",
    ),
    pytest.param(
        "Dominggus Nalle, panggil sa Eto. Dong panggil dia Ose sa.",
        "[NAME], panggil sa [NAME]. Dong panggil dia [NAME] sa.",
        id="nicknames-one-is-called-by",
    ),
    pytest.param(
        "bisa dipanggil malam",
        "bisa dipanggil malam",
        id="called-at-night-is-no-nickname",
    ),
    pytest.param(
        "melayat di rumah duka Ong Mei Ling. Dia bilang kim seng pung toko su tutup",
        "melayat di rumah duka [NAME]. Dia bilang [NAME] pung toko su tutup",
        id="chinese-family-names-and-given-names",
    ),
    pytest.param(
        "UMBU DJAMA TANGGU DAN ISTRI RAMBU HAMU BLM DAPAT BLT. Istrinya Rambu Tamar.",
        "[NAME] DAN ISTRI [NAME] BLM DAPAT BLT. Istrinya [NAME].",
        id="sumbas-titles-in-a-name",
    ),
    pytest.param(
        "Rambu Lalu Lintas rusak. Toko Umbu Jaya tutup.",
        "Rambu Lalu Lintas rusak. Toko Umbu Jaya tutup.",
        id="a-traffic-sign-and-a-shop",
    ),
    pytest.param(
        "DEKAT PASAR OEBA. TLG BANTU. MARIANA",
        "DEKAT PASAR OEBA. TLG BANTU. [NAME]",
        id="a-place-in-the-sentence-before-a-closing-name",
    ),
    pytest.param(
        "TLG CEK. DARI FRANSISKUS DI NAIONI",
        "TLG CEK. DARI [NAME] DI NAIONI",
        id="a-closing-name-and-where-the-writer-lives",
    ),
    pytest.param(
        "Nama Usaha : WARUNG SE'I FLOBAMORA\nAlamat Usaha : JL. NURI NO. 131 (SEWA RUKO)",
        "Nama Usaha : WARUNG SE'I FLOBAMORA\nAlamat Usaha : JL. NURI NO. 131 (SEWA RUKO)",
        id="a-business-address",
    ),
    pytest.param(
        "Jenis Usaha : KIOS SEMBAKO\nAlamat Usaha : JL. OEBANANTA NO. 67 (RUMAH SENDIRI)",
        "Jenis Usaha : KIOS SEMBAKO\nAlamat Usaha : [ADDRESS] (RUMAH SENDIRI)",
        id="a-business-at-home",
    ),
    pytest.param(
        "Nama Instansi: SMKN 4 Kupang\nAlamat: Jl. Timor Raya No. 101, Kel. Belo",
        "Nama Instansi: SMKN 4 Kupang\nAlamat: Jl. Timor Raya No. 101, Kel. Belo",
        id="an-institutions-form",
    ),
    pytest.param(
        "Buka cabang baru! Warung Kopi Sasando di Jl. Jambu No. 86, Oebufu.",
        "Buka cabang baru! Warung Kopi Sasando di Jl. Jambu No. 86, Oebufu.",
        id="a-shop-named-before-its-address",
    ),
    pytest.param(
        "rumah sy dekat warung Bu Ani di Jl. Jambu No. 86, Oebufu.",
        "rumah sy dekat warung Bu [NAME] di [ADDRESS], Oebufu.",
        id="a-home-near-a-shop",
    ),
    pytest.param(
        "Kios Mama Aprilia di Pasar Oesapa juga buka. Rumah sy samping kios Mama Apriani.",
        "Kios Mama Aprilia di Pasar Oesapa juga buka. Rumah sy samping kios Mama [NAME].",
        id="a-stalls-name-and-its-keeper",
    ),
    pytest.param(
        "Papan nama Pasar Kasih rusak. RT 008 lawan RT 034, RT 008 manang 3-1.",
        "Papan nama Pasar Kasih rusak. RT 008 lawan RT 034, RT 008 manang 3-1.",
        id="a-signboard-and-a-teams-win",
    ),
    pytest.param(
        "KOTKUPANG ad sms dr 0881-5337-9836 ngaku dr bank ntt suruh klik link",
        "KOTKUPANG ad sms dr 0881-5337-9836 ngaku dr bank ntt suruh klik link",
        id="a-number-posing-as-a-bank",
    ),
    pytest.param(
        "Isi: Ada WA 081893467136 pakai foto Kepala Dinas Pendidikan, minta transfer",
        "Isi: Ada WA 081893467136 pakai foto Kepala Dinas Pendidikan, minta transfer",
        id="a-number-with-an-officials-photo",
    ),
    pytest.param(
        "Tanggal,Nomor Penipu,Mengaku Sebagai,Rekening Tujuan,Atas Nama\n"
        "19/09/2026,0822 1989 986,admin PKH,BRI 0498-01-117805-52-2,Yohanis Sinlae\n"
        "13/03/2026,6282105033566,petugas Dinsos,BRI 763601745921568,Godlief Nenobais",
        "Tanggal,Nomor Penipu,Mengaku Sebagai,Rekening Tujuan,Atas Nama\n"
        "19/09/2026,0822 1989 986,admin PKH,BRI [BANK_ACCOUNT],[NAME]\n"
        "13/03/2026,6282105033566,petugas Dinsos,BRI [BANK_ACCOUNT],[NAME]",
        id="a-register-of-numbers-posing-as-offices",
    ),
    pytest.param(
        "> Balasan dari Hermina Touselak <touselak.hermina9@gmail.com>:\n> Ini punya saya",
        "> Balasan dari [NAME] <[EMAIL]>:\n> Ini punya saya",
        id="a-quoted-replys-writer",
    ),
    pytest.param(
        "Pasien: Ola Siregar, NIK 5371064707700108. Kader: Indah Tnunay. Pasien lansia antri.",
        "Pasien: [NAME], NIK [NIK]. Kader: [NAME]. Pasien lansia antri.",
        id="form-labels-with-a-colon",
    ),
    pytest.param(
        "Agen: Nomor yang bisa dihubungi?\nPelanggan: 087825047465.\nID Pelanggan: 535500855828",
        "Agen: Nomor yang bisa dihubungi?\nPelanggan: [PHONE].\nID Pelanggan: 535500855828",
        id="a-callers-label-is-no-customer-number",
    ),
    pytest.param(
        "tugas dikirim ke tugas.smpn5kupang@gmail.com, lowongan dari rekrutmen.pemkotkupang@gmail."
        "com, kelompok kub.nelayan.bakunase@gmail.com; email sy yohana.dinkes@gmail.com",
        "tugas dikirim ke tugas.smpn5kupang@gmail.com, lowongan dari rekrutmen.pemkotkupang@gmail."
        "com, kelompok kub.nelayan.bakunase@gmail.com; email sy [EMAIL]",
        id="mailboxes-of-posts-and-a-persons-own",
    ),
    pytest.param(
        "Kategori: Penipuan\nNomor yang menghubungi: 0896.1730.2132\nMengaku sebagai: Petugas "
        "Bansos Dinas Sosial",
        "Kategori: Penipuan\nNomor yang menghubungi: 0896.1730.2132\nMengaku sebagai: Petugas "
        "Bansos Dinas Sosial",
        id="a-form-of-a-number-posing-as-an-office",
    ),
    pytest.param(
        "Kemarin ada yang telpon sa pake nomor 081131238742, ngaku admin PKH, minta sa kirim",
        "Kemarin ada yang telpon sa pake nomor 081131238742, ngaku admin PKH, minta sa kirim",
        id="a-number-posing-as-a-programmes-admin",
    ),
    pytest.param(
        "No|Nomor|Mengaku Sebagai|Tanggal Laporan\n1|0896-3121-586|Petugas PLN|17-09-2026",
        "No|Nomor|Mengaku Sebagai|Tanggal Laporan\n1|0896-3121-586|Petugas PLN|17-09-2026",
        id="a-register-of-posing-numbers-with-a-plain-header",
    ),
    pytest.param(
        "Instansi\tTelepon\tWhatsApp\nKelurahan Oetete\t0380 848452\t0823 7294 876\n"
        "Puskesmas Penfui\t0380 893770\t0818.7399.627",
        "Instansi\tTelepon\tWhatsApp\nKelurahan Oetete\t0380 848452\t0823 7294 876\n"
        "Puskesmas Penfui\t0380 893770\t0818.7399.627",
        id="a-directory-of-offices",
    ),
    pytest.param(
        "KELURAHAN FATUKOA\nJl. Palapa No. 34 Telp. (0380) 882176 WA +628123463378\n\nNomor: 1",
        "KELURAHAN FATUKOA\nJl. Palapa No. 34 Telp. (0380) 882176 WA +628123463378\n\nNomor: 1",
        id="an-offices-whatsapp-beside-its-line-in-a-letterhead",
    ),
    pytest.param(
        "Info: 085282433665 (WA BKPSDM). tolong cek, nik sa di KK tatulis 5313074906750051",
        "Info: 085282433665 (WA BKPSDM). tolong cek, nik sa di KK tatulis [NIK]",
        id="an-agencys-line-and-my-nik-on-the-card",
    ),
    pytest.param(
        "Kami warga RT 7 sampai RT 19 Kel. Oesapa mengeluhkan jalan rusak",
        "Kami warga RT 7 sampai RT 19 Kel. Oesapa mengeluhkan jalan rusak",
        id="a-range-of-rts-is-a-community",
    ),
    pytest.param(
        "KOP: YAYASAN PENDIDIKAN KRISTEN LASIANA\nJl. Palapa No. 41, Kupang.",
        "KOP: YAYASAN PENDIDIKAN KRISTEN LASIANA\nJl. Palapa No. 41, Kupang.",
        id="a-foundations-letterhead",
    ),
    pytest.param(
        "Kepada: CV Karya Lontar\nNPWP : 01.050.580.8-920.000\nAlamat: Jl. Kakatua No. 37, Kupang",
        "Kepada: CV Karya Lontar\nNPWP : 01.050.580.8-920.000\nAlamat: Jl. Kakatua No. 37, Kupang",
        id="an-invoices-company-address",
    ),
    pytest.param(
        "Nama: Yohanes Ndun\nPekerjaan: karyawan PT Timor\nAlamat: Jl. Kakatua No. 37, Kupang",
        "Nama: [NAME]\nPekerjaan: karyawan PT Timor\nAlamat: [ADDRESS], Kupang",
        id="an-employee-of-a-company-at-home",
    ),
    pytest.param(
        "Servis AC? Workshop Jl. Ade Irma No. 23A.",
        "Servis AC? Workshop Jl. Ade Irma No. 23A.",
        id="a-workshops-address-and-the-street-name-in-it",
    ),
]

SPEAKERS_ADVERTS_AND_SCANS = [
    pytest.param(
        "[07.09] Puskesmas Fatukoa: Jadwal imunisasi 7 Sep jam 11.45. Daftar lewat WA "
        "0852.4616.3540 (pendaftaran) atau telp 0380-852 910.",
        "[07.09] Puskesmas Fatukoa: Jadwal imunisasi 7 Sep jam 11.45. Daftar lewat WA "
        "0852.4616.3540 (pendaftaran) atau telp 0380-852 910.",
        id="an-offices-chat-line-inviting-contact",
    ),
    pytest.param(
        "Puskesmas Oebobo: laporan dari nomor 0812 3456 7890 sudah kami terima.",
        "Puskesmas Oebobo: laporan dari nomor [PHONE] sudah kami terima.",
        id="an-office-quoting-a-reporters-number",
    ),
    pytest.param(
        "Dinas Sosial: Bpk Yohanes silakan hubungi petugas kami Ibu Maria di 0812 3456 7890.",
        "Dinas Sosial: Bpk [NAME] silakan hubungi petugas kami Ibu [NAME] di [PHONE].",
        id="an-office-giving-an-officers-own-mobile",
    ),
    pytest.param(
        "Petugas: Itu nomor travel, Bu, bukan nomor kami. Nomor kami (0380) 861 979 dan WA "
        "0896.7539.920.",
        "Petugas: Itu nomor travel, Bu, bukan nomor kami. Nomor kami (0380) 861 979 dan WA "
        "0896.7539.920.",
        id="an-agent-giving-the-offices-numbers",
    ),
    pytest.param(
        "Petugas: nomor kami 0380 861979, nomor pelapor 0812 3456 7890.",
        "Petugas: nomor kami 0380 861979, nomor pelapor [PHONE].",
        id="an-agent-reading-back-the-reporters-number",
    ),
    pytest.param(
        "Pelapor: Nomor kami 0896.7539.920, tolong dihubungi.",
        "Pelapor: Nomor kami [PHONE], tolong dihubungi.",
        id="a-reporter-giving-the-familys-number",
    ),
    pytest.param(
        "Bengkel Las Karya Baru siap mengerjakan pagar. Hubungi kami di +62 897-3789-3244.",
        "Bengkel Las Karya Baru siap mengerjakan pagar. Hubungi kami di +62 897-3789-3244.",
        id="a-workshops-advert",
    ),
    pytest.param(
        "Toko di depan rumah saya buka sampai malam. Hubungi kami di 0812 3456 7890.",
        "Toko di depan rumah saya buka sampai malam. Hubungi kami di [PHONE].",
        id="a-neighbours-complaint-about-a-shop",
    ),
    pytest.param(
        "From: Flobamora Travel <admin@flobamoratravel.com>\nSubject: Tiket\n\nTiket sudah "
        "terbit. Perubahan jadwal hubungi 08587707758.",
        "From: Flobamora Travel <admin@flobamoratravel.com>\nSubject: Tiket\n\nTiket sudah "
        "terbit. Perubahan jadwal hubungi 08587707758.",
        id="a-travel-agencys-mail",
    ),
    pytest.param(
        "Admin Grup: Yang mau pesan galon, nomor depot Air Murni 081611116799, antar sampai rumah.",
        "Admin Grup: Yang mau pesan galon, nomor depot Air Murni 081611116799, antar sampai rumah.",
        id="a-water-depots-number",
    ),
    pytest.param(
        "PENGUMUMAN\nBerkas dikirim paling lambat 8/3. Nomor: 5371-LU-04112026-6640",
        "PENGUMUMAN\nBerkas dikirim paling lambat 8/3. Nomor: 5371-LU-04112026-6640",
        id="a-letters-number-with-a-code",
    ),
    pytest.param(
        "No.HP-081234567890 ya",
        "No.HP-[PHONE] ya",
        id="a-phone-label-glued-by-a-dash",
    ),
    pytest.param(
        "NPWP almarhum ayah saya, Bambang Ratu, 09,650.568.5-920.000 masih aktif dan ditagih.",
        "NPWP almarhum ayah saya, [NAME], [NPWP] masih aktif dan ditagih.",
        id="an-npwp-read-with-a-comma",
    ),
    pytest.param(
        "NPWP : 66.949.327.4-921.OOO",
        "NPWP : [NPWP]",
        id="an-npwp-read-with-letters",
    ),
    pytest.param(
        "NPWP koperasi kami 09,650.568.5-920.000 masih aktif.",
        "NPWP koperasi kami 09,650.568.5-920.000 masih aktif.",
        id="a-cooperatives-npwp-read-with-a-comma",
    ),
    pytest.param(
        "Petugas: NIK Bapak?\nPelapor: 53070444505000016.\nPetugas: Itu 17 angka, Pak.",
        "Petugas: NIK Bapak?\nPelapor: [NIK].\nPetugas: Itu 17 angka, Pak.",
        id="a-nik-of-seventeen-digits-answering-a-calls-question",
    ),
    pytest.param(
        "Nama : Dewi Mautuka\nNIK : 537109\n5608070020\nNo. KK : 5303 1148 0494 0039",
        "Nama : [NAME]\nNIK : [NIK]\nNo. KK : [KK]",
        id="a-nik-split-after-its-sixth-digit",
    ),
    pytest.param(
        "Om Sefnat sakit, no BPJS dia 0008458100492, anaknya di Jawa +62 823-0793-3870.",
        "Om [NAME] sakit, no BPJS dia [BPJS], anaknya di Jawa [PHONE].",
        id="a-mobile-after-a-bpjs-card-in-one-sentence",
    ),
    pytest.param(
        "KOPERASI TUNAS HARAPAN\nJl. Kamboja No. 124, Kupang. Telp 0380 892972\n"
        "NPWP 01.412.294.0-921.000\nDengan ini kami mengajukan keberatan.",
        "KOPERASI TUNAS HARAPAN\nJl. Kamboja No. 124, Kupang. Telp 0380 892972\n"
        "NPWP 01.412.294.0-921.000\nDengan ini kami mengajukan keberatan.",
        id="a-cooperatives-npwp-under-its-letterhead",
    ),
    pytest.param(
        "From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>\nSubject: BLT\n\n"
        "Penyaluran lewat Bank NTT, rekening penampung 006.01.02.866905-3.",
        "From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>\nSubject: BLT\n\n"
        "Penyaluran lewat Bank NTT, rekening penampung 006.01.02.866905-3.",
        id="an-offices-own-account-in-its-mail",
    ),
    pytest.param(
        "From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>\nSubject: BLT\n\n"
        "Penyaluran melalui rekening BSI 7072704281 a.n. Susana Benu.",
        "From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>\nSubject: BLT\n\n"
        "Penyaluran melalui rekening BSI [BANK_ACCOUNT] a.n. [NAME].",
        id="a-recipients-account-in-an-offices-mail",
    ),
    pytest.param(
        "KOTKUPANG sy ditipu org ngaku kurir, no 0819 4758 2925, suruh transfer",
        "KOTKUPANG sy ditipu org ngaku kurir, no 0819 4758 2925, suruh transfer",
        id="a-number-posing-as-a-courier",
    ),
    pytest.param(
        "Nasabah: Saya ditelepon nomor +62 822-3293-5537 yang bilang dari Bank NTT, minta PIN.",
        "Nasabah: Saya ditelepon nomor +62 822-3293-5537 yang bilang dari Bank NTT, minta PIN.",
        id="a-number-said-after-it-to-be-a-banks",
    ),
    pytest.param(
        "HATI-HATI PENIPUAN! Nomor 081529558776 dan 082396606885 mengaku dari Bapenda.",
        "HATI-HATI PENIPUAN! Nomor 081529558776 dan 082396606885 mengaku dari Bapenda.",
        id="two-numbers-posing-as-an-office",
    ),
    pytest.param(
        "> Apakah nomor 0818.0751.5724 itu benar petugas PKH?",
        "> Apakah nomor 0818.0751.5724 itu benar petugas PKH?",
        id="a-number-asked-about-as-an-offices",
    ),
    pytest.param(
        "> Selamat, Anda penerima bansos. Hubungi 0859-2670-631 (admin Kemensos).",
        "> Selamat, Anda penerima bansos. Hubungi 0859-2670-631 (admin Kemensos).",
        id="a-quoted-scam-naming-whom-it-poses-as",
    ),
    pytest.param(
        "Tetangga sy mengaku dari kampung yang sama, nomornya 0812 3456 7890.",
        "Tetangga sy mengaku dari kampung yang sama, nomornya [PHONE].",
        id="a-neighbours-number-after-mengaku",
    ),
    pytest.param(
        "No;Nama Usaha;Jenis;Telepon\n1;Depo Air Tirta Naioni;depot air;6282182151395\n"
        "2;Salon Melati Oebobo;salon;6289665598610",
        "No;Nama Usaha;Jenis;Telepon\n1;Depo Air Tirta Naioni;depot air;6282182151395\n"
        "2;Salon Melati Oebobo;salon;6289665598610",
        id="a-register-of-businesses",
    ),
    pytest.param(
        "NOP;Letak Objek;Kelurahan;NPWP Pemilik Badan\n"
        "53.71.066.021.082-7594.0;Jl. Alor;Bakunase;37.213.966.3-923.000",
        "NOP;Letak Objek;Kelurahan;NPWP Pemilik Badan\n"
        "53.71.066.021.082-7594.0;Jl. Alor;Bakunase;37.213.966.3-923.000",
        id="a-column-of-bodies-npwps",
    ),
    pytest.param(
        "Nama Usaha | NPWP | Telepon | Email\n"
        "Kopdit Swasti Sari | 69.991.525.2-920.000 | 08955457921 | kopdit.swastisari@gmail.com\n"
        "Toko Sinar Abadi | 22 974 093 5 920 000 | 0821.2701.3977 | admin.tokosinar@gmail.com",
        "Nama Usaha | NPWP | Telepon | Email\n"
        "Kopdit Swasti Sari | 69.991.525.2-920.000 | 08955457921 | kopdit.swastisari@gmail.com\n"
        "Toko Sinar Abadi | 22 974 093 5 920 000 | 0821.2701.3977 | admin.tokosinar@gmail.com",
        id="a-directory-of-businesses-with-mailboxes",
    ),
    pytest.param(
        "Catering Dapur Mama, email order.kuelapis@gmail.com. NPWP usaha 38.056.050.0-921.000.",
        "Catering Dapur Mama, email order.kuelapis@gmail.com. NPWP usaha 38.056.050.0-921.000.",
        id="a-businesss-npwp",
    ),
    pytest.param(
        "Kami pengurus KSP Tunas Harapan (NPWP 529000746920000) mengajukan keberatan.",
        "Kami pengurus KSP Tunas Harapan (NPWP 529000746920000) mengajukan keberatan.",
        id="a-credit-unions-npwp",
    ),
    pytest.param(
        "> NPWP saya 81.601.617.\n9-921.000\n> tolong dicek",
        "> NPWP saya [NPWP]\n> tolong dicek",
        id="an-npwp-wrapped-by-a-mail",
    ),
    pytest.param(
        "NPWP : 0B.573.834.7-922.O00\nNAMA : GODLIEF PAH",
        "NPWP : [NPWP]\nNAMA : [NAME]",
        id="an-npwp-with-a-b-and-an-o-for-digits",
    ),
    pytest.param(
        "NPWP usaha perorangan sy 38.056.050.0-921.000.",
        "NPWP usaha perorangan sy [NPWP].",
        id="a-sole-traders-npwp",
    ),
    pytest.param(
        "Petugas: Nomor KK?\nPenelepon: 53 13 07 16 10 11 11 79.\nPetugas: NIK istri?\n"
        "Penelepon: 53 14 08 59 05 94 00 23, nama Debora.",
        "Petugas: Nomor KK?\nPenelepon: [KK].\nPetugas: NIK istri?\nPenelepon: [NIK], nama [NAME].",
        id="numbers-read-out-in-pairs",
    ),
    pytest.param(
        "Silakan hubungi untuk konfirmasi berita. Nomor redaksi (0380) 801951.",
        "Silakan hubungi untuk konfirmasi berita. Nomor redaksi (0380) 801951.",
        id="a-newsrooms-line",
    ),
    pytest.param(
        "Air yang kotor itu Depo Air Tirta Naioni, nomor di galon 08553815223.",
        "Air yang kotor itu Depo Air Tirta Naioni, nomor di galon 08553815223.",
        id="a-number-printed-on-a-gallon",
    ),
    pytest.param(
        "Rapat di kantor kelurahan. Konfirmasi ke 0380 846334 atau kelurahan.solor@gmail.com.",
        "Rapat di kantor kelurahan. Konfirmasi ke 0380 846334 atau kelurahan.solor@gmail.com.",
        id="a-line-listed-with-an-offices-mailbox",
    ),
    pytest.param(
        "Calo pakai nomor 0851.5690.8048 dan mengaku dari BP2MI. Hubungi saya di 0812 3456 7890.",
        "Calo pakai nomor 0851.5690.8048 dan mengaku dari BP2MI. Hubungi saya di [PHONE].",
        id="a-number-posing-as-an-agency-whose-acronym-looks-like-a-plate",
    ),
    pytest.param(
        "From: Tata Usaha SD Inpres Oepura 2 <tu.sekolah.kupang@gmail.com>\nSubject: Info\n\n"
        "Pembayaran komite lewat bank. Kontak: telp (0380) 822249, WA 0823 4327 5764.",
        "From: Tata Usaha SD Inpres Oepura 2 <tu.sekolah.kupang@gmail.com>\nSubject: Info\n\n"
        "Pembayaran komite lewat bank. Kontak: telp (0380) 822249, WA 0823 4327 5764.",
        id="a-schools-mail-giving-its-lines",
    ),
    pytest.param(
        "[2 Oktober 2026 09.59] Admin Grup: email grup tetap rt20.manulai@gmail.com",
        "[2 Oktober 2026 09.59] Admin Grup: email grup tetap rt20.manulai@gmail.com",
        id="a-neighbourhoods-group-mailbox",
    ),
    pytest.param(
        "Web pajak sonde bisa buka, email kpp.kupang@pajak.go.id ju pantul.",
        "Web pajak sonde bisa buka, email kpp.kupang@pajak.go.id ju pantul.",
        id="a-tax-offices-mailbox",
    ),
    pytest.param(
        "Petugas: Nomor KK bapak?\nPenelepon: 5314, 0404, 1209, 3351.\nPetugas: Dan NIK bapak?\n"
        "Penelepon: 5318, 0816, 1183, 0002.",
        "Petugas: Nomor KK bapak?\nPenelepon: [KK].\nPetugas: Dan NIK bapak?\nPenelepon: [NIK].",
        id="numbers-read-out-in-groups-with-commas",
    ),
    pytest.param(
        "Harga: 1250, 3400, 5600, 7800 rupiah per kilo.",
        "Harga: 1250, 3400, 5600, 7800 rupiah per kilo.",
        id="prices-in-a-list-with-commas",
    ),
    pytest.param(
        "Petugas: NPWP bapak?\nPenelepon: Sebentar, saya baca dari kartu... 42 556 415 8 922 000.",
        "Petugas: NPWP bapak?\nPenelepon: Sebentar, saya baca dari kartu... [NPWP].",
        id="an-npwp-read-out-after-a-few-words",
    ),
    pytest.param(
        "Saya ditipu orang yang mengaku dari Bank NTT lewat 0897 7196 9271 dan menguras rekening "
        "Bank NTT saya 0090102123456.",
        "Saya ditipu orang yang mengaku dari Bank NTT lewat 0897 7196 9271 dan menguras rekening "
        "Bank NTT saya [BANK_ACCOUNT].",
        id="a-mobile-posing-as-a-bank-beside-the-victims-account",
    ),
    pytest.param(
        "Ada yang telpon minta rekening. Bank pung nomor resmi 0380 872426 sa.",
        "Ada yang telpon minta rekening. Bank pung nomor resmi 0380 872426 sa.",
        id="a-banks-own-line",
    ),
    pytest.param(
        "Nomor rekening gaji di Bank NTT 096 896 5412.",
        "Nomor rekening gaji di Bank NTT [BANK_ACCOUNT].",
        id="an-account-after-its-bank",
    ),
    pytest.param(
        "Petugas: BPJS Kesehatan, nomor kartunya?\nPenelepon: 0001337163929.\nPetugas: NIK?",
        "Petugas: BPJS Kesehatan, nomor kartunya?\nPenelepon: [BPJS].\nPetugas: NIK?",
        id="a-bpjs-card-answering-a-calls-question",
    ),
    pytest.param(
        "NIK istri saya Sri Manafe di KK tatulis 5302086606670032. No. KK 5371072609152253.",
        "NIK istri saya [NAME] di KK tatulis [NIK]. No. KK [KK].",
        id="a-nik-written-on-the-family-card-in-kupang-malay",
    ),
    pytest.param(
        "NPWP saya sama dengan NIK, 5320055302660040, tapi di aplikasi masih minta yang lama "
        "46 601 325 9 920 000.",
        "NPWP saya sama dengan NIK, [NPWP], tapi di aplikasi masih minta yang lama [NPWP].",
        id="an-old-npwp-written-with-spaces",
    ),
    pytest.param(
        "Petugas: NPWP bapak?\nPenelepon: Yang lama 705737177921000, yang baru katanya sama "
        "dengan NIK, 5312101305670006.",
        "Petugas: NPWP bapak?\nPenelepon: Yang lama [NPWP], yang baru katanya sama "
        "dengan NIK, [NPWP].",
        id="the-npwp-that-is-the-nik-in-an-answer",
    ),
    pytest.param(
        "NPWP saya sudah diganti. NIK saya sama dengan NIK 5312101305670007.",
        "NPWP saya sudah diganti. NIK saya sama dengan NIK [NIK].",
        id="a-nik-in-the-sentence-after-an-npwp",
    ),
    pytest.param(
        "Selamat siang. Salon Nona Manis membuang limbah cat ke got.",
        "Selamat siang. Salon Nona Manis membuang limbah cat ke got.",
        id="a-salons-own-name",
    ),
    pytest.param(
        "Perihal: Surat palsu atas nama Kemensos. NPWPD restoran tetap atas nama usaha ya.",
        "Perihal: Surat palsu atas nama Kemensos. NPWPD restoran tetap atas nama usaha ya.",
        id="in-the-name-of-an-agency-or-a-business",
    ),
    pytest.param(
        "KOTKUPANG SAYA PENJUAL MOTOR BEKAS PRIBADI. SAYA DAPAT 2 NOMOR.",
        "KOTKUPANG SAYA PENJUAL MOTOR BEKAS PRIBADI. SAYA DAPAT 2 NOMOR.",
        id="capitals-after-saya-that-are-no-name",
    ),
    pytest.param(
        "KOTKUPANG SY PEDAGANG YULIANA LOS NO 39. SAYA PEDAGANG IKAN DI PASAR OEBA.",
        "KOTKUPANG SY PEDAGANG [NAME] LOS NO 39. SAYA PEDAGANG IKAN DI PASAR OEBA.",
        id="a-trader-named-after-her-trade",
    ),
    pytest.param(
        "KOTKUPANG MOHON INFO NOMOR WA DUKCAPIL YG BENAR, SAYA DAPAT 2 NOMOR 0898-6242-320 DAN "
        "0838-4071-1401. MANA YG RESMI?",
        "KOTKUPANG MOHON INFO NOMOR WA DUKCAPIL YG BENAR, SAYA DAPAT 2 NOMOR 0898-6242-320 DAN "
        "0838-4071-1401. MANA YG RESMI?",
        id="numbers-asked-about-as-an-offices-official-ones",
    ),
    pytest.param(
        "Saya tinggal di Perumnas Blok F No. 112. Perumnas Kupang dibangun tahun 1985.",
        "Saya tinggal di [ADDRESS]. Perumnas Kupang dibangun tahun 1985.",
        id="a-housing-complexs-block-with-no-name",
    ),
    pytest.param(
        "HATI2 ADA NOMOR MENGAKU PETUGAS BANK MINTA KODE OTP. SUDAH ADA 3 WARGA RT 26 KENA.",
        "HATI2 ADA NOMOR MENGAKU PETUGAS BANK MINTA KODE OTP. SUDAH ADA 3 WARGA RT 26 KENA.",
        id="residents-counted",
    ),
    pytest.param(
        "Saya Ni Luh Toelle, NIK 5320125406620039. Ibu I Gusti Ayu Ratna datang.",
        "Saya [NAME], NIK [NIK]. Ibu [NAME] datang.",
        id="balinese-names-with-i-and-ni",
    ),
    pytest.param(
        "Pihak I Paulus Banunaek HP 0819 7323 0129; pihak II Bapak Yohanes Ndun.",
        "Pihak I [NAME] HP [PHONE]; pihak II Bapak [NAME].",
        id="a-roman-numeral-before-a-name",
    ),
    pytest.param(
        "Saya yang bertanda tangan di bawah ini I Komang Sudarma, tinggal di Kupang.",
        "Saya yang bertanda tangan di bawah ini [NAME], tinggal di Kupang.",
        id="a-balinese-name-the-gazetteer-lacks",
    ),
    pytest.param(
        "1 I GEDE SUDARMA 5371052109040044 KEPALA KELUARGA\n"
        "2 NI KOMANG ARIANI 5371052109040045 ISTRI",
        "1 [NAME] [NIK] KEPALA KELUARGA\n2 [NAME] [NIK] ISTRI",
        id="balinese-names-in-a-family-cards-rows",
    ),
    pytest.param(
        "KOTKUPANG sy i komang suardana pedagang canang di pasar oeba",
        "KOTKUPANG sy [NAME] pedagang canang di pasar oeba",
        id="a-balinese-name-in-lower-case",
    ),
    pytest.param(
        "I Made a mistake.",
        "I Made a mistake.",
        id="i-and-one-balinese-word-alone",
    ),
    pytest.param(
        "Terima kasih Ibu Wa Ode Nurmala, guru kelas 4.\nWa Ode Sitti Rahma: sama2\n"
        "TERIMA KASIH LA ODE RIDWAN. Kirim ke nomor WA Ode 0811 3822 11.",
        "Terima kasih Ibu [NAME], guru kelas 4.\n[NAME]: sama2\n"
        "TERIMA KASIH [NAME]. Kirim ke nomor WA Ode [PHONE].",
        id="butons-la-ode-and-wa-ode-open-the-name",
    ),
    pytest.param(
        "Petugas: Atas nama?\nPenelepon: Jefry Tumbelaka.\nPetugas: Nama lengkap?\n"
        "Penelepon: Saya tidak tahu.",
        "Petugas: Atas nama?\nPenelepon: [NAME].\nPetugas: Nama lengkap?\n"
        "Penelepon: Saya tidak tahu.",
        id="a-name-answering-a-calls-question",
    ),
    pytest.param(
        "Petugas: Layanan Dukcapil Kota Kupang, dengan Kasih, ada yang bisa dibantu?",
        "Petugas: Layanan Dukcapil Kota Kupang, dengan [NAME], ada yang bisa dibantu?",
        id="an-agents-name-in-the-greeting",
    ),
    pytest.param(
        "> > PADA SENIN, 16 FEBRUARI 2026, OBED MANAFE MENULIS:\n> > ADA TPS LIAR",
        "> > PADA SENIN, 16 FEBRUARI 2026, [NAME] MENULIS:\n> > ADA TPS LIAR",
        id="a-quoted-writer-in-capitals",
    ),
    pytest.param(
        "Rapat komite sekolah pada 28-1-2026. Alamat sekretariat komite: Jl. Kenari No. 123.",
        "Rapat komite sekolah pada 28-1-2026. Alamat sekretariat komite: Jl. Kenari No. 123.",
        id="a-committees-secretariat",
    ),
    pytest.param(
        "NIK    : 5371011005800004\nAlamat : JL ADE IRMA NO.12\nRT/RW  : 033/001",
        "NIK    : [NIK]\nAlamat : [ADDRESS]\n[ADDRESS]",
        id="an-identity-cards-rt-rw-field-spaced-out",
    ),
    pytest.param(
        "[07.15] Admin Kelurahan: Info jadwal fogging hari ini: RT 27, RT 26 dan RT 27 Kel. Solor.",
        "[07.15] Admin Kelurahan: Info jadwal fogging hari ini: RT 27, RT 26 dan RT 27 Kel. Solor.",
        id="a-list-of-rts-in-a-notice",
    ),
    pytest.param(
        "Rumah saya di RT 05 dan RT 06 banjir.",
        "Rumah saya di [ADDRESS] dan [ADDRESS] banjir.",
        id="a-list-of-rts-where-the-writer-lives",
    ),
    pytest.param(
        "1 I GEDE SUDARMA 5371052109040044 KEPALA KELUARGA HINDU\n"
        "[00:05] Pelapor: Sore pak, motor saya hilang. RAPAT DI RUMAH OM HENDRA MALAM INI",
        "1 [NAME] [NIK] KEPALA KELUARGA HINDU\n"
        "[00:05] Pelapor: Sore pak, motor saya hilang. RAPAT DI RUMAH OM [NAME] MALAM INI",
        id="religions-and-times-of-day-are-no-names",
    ),
    pytest.param(
        "NO. KK 5371012345670001\n1 UMBU TAMU NDIMA 5310070407680052 KEPALA KELUARGA\n"
        "2 RAMBU HADA PARANGGI 5310074512700031 ISTRI",
        "NO. KK [KK]\n1 [NAME] [NIK] KEPALA KELUARGA\n2 [NAME] [NIK] ISTRI",
        id="a-family-cards-members-in-numbered-lines",
    ),
    pytest.param(
        "Petugas: Nomor rekening?\nNasabah: 001.01.02.933206-6.\nPetugas: Atas nama?",
        "Petugas: Nomor rekening?\nNasabah: [BANK_ACCOUNT].\nPetugas: Atas nama?",
        id="an-account-answering-a-calls-question",
    ),
    pytest.param(
        "To: Bagian Organisasi <organisasi@kupangkota.go.id>",
        "To: Bagian Organisasi <organisasi@kupangkota.go.id>",
        id="an-offices-department-mailbox",
    ),
]

DESKS_NOTICES_AND_POSING = [
    pytest.param(
        "Mohon warga membawa KTP.\nSalam,\nSeksi Penetapan Hak\nTelp. 0380-893825 · WA "
        "081256395478",
        "Mohon warga membawa KTP.\nSalam,\nSeksi Penetapan Hak\nTelp. 0380-893825 · WA "
        "081256395478",
        id="a-desk-signing-for-its-office",
    ),
    pytest.param(
        "Mohon dibantu.\nSalam,\nYohanes Ndun\nTelp. 0380-893825 · WA 081256395478",
        "Mohon dibantu.\nSalam,\n[NAME]\nTelp. [PHONE] · WA [PHONE]",
        id="a-persons-signature-keeps-its-lines",
    ),
    pytest.param(
        "Info dari akun resmi Bapenda Kota Kupang: Pembayaran PBB 2026 bisa lewat Bank NTT. "
        "Pertanyaan: WA 0812-2815-1922. #PBBKupang",
        "Info dari akun resmi Bapenda Kota Kupang: Pembayaran PBB 2026 bisa lewat Bank NTT. "
        "Pertanyaan: WA 0812-2815-1922. #PBBKupang",
        id="an-offices-notice-where-to-ask",
    ),
    pytest.param(
        "INFO PENGADUAN DINAS SOSIAL: SMS/WA 08133993584 ATAU DATANG KE KANTOR JAM 08.00-15.00.",
        "INFO PENGADUAN DINAS SOSIAL: SMS/WA 08133993584 ATAU DATANG KE KANTOR JAM 08.00-15.00.",
        id="an-offices-notice-where-to-complain",
    ),
    pytest.param(
        "Dinas Sosial: pengaduan Bapak Yohanes dari WA 0812 3456 7890 sudah kami terima.",
        "Dinas Sosial: pengaduan Bapak [NAME] dari WA [PHONE] sudah kami terima.",
        id="an-offices-notice-quoting-a-complainants-number",
    ),
    pytest.param(
        'WARNING guys: got a WhatsApp from 0878-2292-9903 claiming to be "Admin BPJS '
        'Kesehatan", asking for my NIK.',
        'WARNING guys: got a WhatsApp from 0878-2292-9903 claiming to be "Admin BPJS '
        'Kesehatan", asking for my NIK.',
        id="a-number-posing-as-an-agency-in-english",
    ),
    pytest.param(
        "Petugas: Boleh nomor sambungannya?\nPenelepon: 02-66-160753.\nPetugas: Nomor HP "
        "Bapak?\nPenelepon: 089612104135.",
        "Petugas: Boleh nomor sambungannya?\nPenelepon: 02-66-160753.\nPetugas: Nomor HP "
        "Bapak?\nPenelepon: [PHONE].",
        id="a-connection-number-answering-a-calls-question",
    ),
    pytest.param(
        "Petugas: Laporan Ibu masuk dari nomor 6288702476159, betul?\nPelapor: Betul. Nomor "
        "kami yang lain 0823.8280.8137.",
        "Petugas: Laporan Ibu masuk dari nomor [PHONE], betul?\nPelapor: Betul. Nomor "
        "kami yang lain [PHONE].",
        id="a-reporters-other-number-after-a-question-about-a-report",
    ),
    pytest.param(
        "Customer number saya 02-34-950342. Contact me at 0818823112.",
        "Customer number saya 02-34-950342. Contact me at [PHONE].",
        id="a-customer-number-in-english",
    ),
    pytest.param(
        "Petugas: Silakan sebut nomor HP.\nPetugas: Boleh tahu nama Bapak?",
        "Petugas: Silakan sebut nomor HP.\nPetugas: Boleh tahu nama Bapak?",
        id="an-agents-polite-words-after-the-label",
    ),
    pytest.param(
        "REFUND KE REK BRI 7232-01-509082-79-3 A.N. YULIANA SINLAE YA KAK",
        "REFUND KE REK BRI [BANK_ACCOUNT] A.N. [NAME] YA KAK",
        id="a-holders-name-before-a-tag-word",
    ),
    pytest.param(
        "Pembayaran ke rekening perusahaan BRI 4835-01-114679-25-3.",
        "Pembayaran ke rekening perusahaan BRI 4835-01-114679-25-3.",
        id="a-companys-account",
    ),
    pytest.param(
        "Pembayaran ke rekening BRI 4835-01-114679-25-3 a.n. Yohanes Ndun.",
        "Pembayaran ke rekening BRI [BANK_ACCOUNT] a.n. [NAME].",
        id="a-persons-account-stays-redacted",
    ),
    pytest.param(
        "Our family card number is 5371051809251200, my NIK is 5371060909010077.",
        "Our family card number is [KK], my NIK is [NIK].",
        id="a-family-card-in-english",
    ),
    pytest.param(
        "NIK anak yang di akta 5314214504590200 tidak muncul.",
        "NIK anak yang di akta [NIK] tidak muncul.",
        id="a-nik-as-the-birth-certificate-has-it",
    ),
    pytest.param(
        "Nomor akta kelahiran 5314214504590200 hilang.",
        "Nomor akta kelahiran 5314214504590200 hilang.",
        id="a-birth-certificates-own-number",
    ),
    pytest.param(
        "NPWP SY YG LAMA 44.713.364.5-924.000. KATA PETUGAS PAJAK SKRG PAKAI 5371065502900016 "
        "(SAMA DGN NIK). BENAR?",
        "NPWP SY YG LAMA [NPWP]. KATA PETUGAS PAJAK SKRG PAKAI [NPWP] (SAMA DGN NIK). BENAR?",
        id="the-npwp-said-after-it-to-be-the-nik",
    ),
    pytest.param(
        "KARTU INDONESIA SEHAT\nNo. Kartu : 000872O084B55\nNama : YULIANA TANEO",
        "KARTU INDONESIA SEHAT\nNo. Kartu : [BPJS]\nNama : [NAME]",
        id="a-bpjs-card-as-a-scan-reads-it",
    ),
    pytest.param(
        "SAYA YUSUF WARGA RT 09/RW 12 KEL NAIKOTEN I. TRAVEL KUPANG-SOE JAYA DENGAN NO "
        "085822144930 TIDAK ANTAR BARANG SAYA.",
        "SAYA [NAME] WARGA [ADDRESS] KEL NAIKOTEN I. TRAVEL KUPANG-SOE JAYA DENGAN NO 085822144930 "
        "TIDAK ANTAR BARANG SAYA.",
        id="a-kelurahans-numeral-closes-the-address-and-the-sentence",
    ),
    pytest.param(
        "Banjir lagi.\nKomentar:\nkupang_bersuara: semoga cepat surut\naser selan: rumah sa "
        "ju masuk air\nAdmin: sabar e\nDinkes Kota Kupang: kami cek",
        "Banjir lagi.\nKomentar:\nkupang_bersuara: semoga cepat surut\n[NAME]: rumah sa "
        "ju masuk air\nAdmin: sabar e\nDinkes Kota Kupang: kami cek",
        id="commenters-under-a-comment-sections-heading",
    ),
    pytest.param(
        "Kategori: Jalan\nIsi Laporan: jalan rusak\nStatus: Baru",
        "Kategori: Jalan\nIsi Laporan: jalan rusak\nStatus: Baru",
        id="a-forms-labels-are-no-commenters",
    ),
    pytest.param(
        "Info: TU sekolah 0380866630, WA panitia 0812 6481 7591 / 085183768421",
        "Info: TU sekolah 0380866630, WA panitia 0812 6481 7591 / 085183768421",
        id="a-mobile-paired-with-an-offices-line",
    ),
    pytest.param(
        "Pesan: 081489333638 ato 0819-8127-6372 (admin)",
        "Pesan: 081489333638 ato 0819-8127-6372 (admin)",
        id="a-mobile-paired-by-ato-with-an-adverts-admin",
    ),
    pytest.param(
        "HP saya 0812 6481 7591 / 0851 8376 8421",
        "HP saya [PHONE] / [PHONE]",
        id="a-persons-two-mobiles-stay-redacted",
    ),
    pytest.param(
        "Pesan: 081489333638 / 0819-8127-6372 (admin)",
        "Pesan: 081489333638 / 0819-8127-6372 (admin)",
        id="an-adverts-numbers-with-its-admin",
    ),
    pytest.param(
        "kirim CV ke WA 0822-3429-8491 (Bagian Kepegawaian)",
        "kirim CV ke WA 0822-3429-8491 (Bagian Kepegawaian)",
        id="a-desk-in-a-bracket-after-a-number",
    ),
    pytest.param(
        "hubungi 0812 3456 7890 (Pak Yos, admin grup)",
        "hubungi [PHONE] (Pak [NAME], admin grup)",
        id="a-person-named-in-the-bracket-keeps-the-number",
    ),
    pytest.param(
        "- Pengaduan Pemkot: SMS 1708, WA 08538990212",
        "- Pengaduan Pemkot: SMS 1708, WA 08538990212",
        id="a-mobile-listed-after-a-services-short-number",
    ),
    pytest.param(
        "UGD 24 JAM: (0380) 856701",
        "UGD 24 JAM: (0380) 856701",
        id="an-emergency-units-line",
    ),
    pytest.param(
        "Beta su WA, sonde ada yang bales. Telepon 0380-875003 juga sonde angkat.",
        "Beta su WA, sonde ada yang bales. Telepon 0380-875003 juga sonde angkat.",
        id="a-fixed-line-said-to-go-unanswered",
    ),
    pytest.param(
        "Telepon rumah saya 0380 821447 tidak aktif.",
        "Telepon rumah saya [PHONE] tidak aktif.",
        id="a-home-line-said-to-be-dead-stays-redacted",
    ),
    pytest.param(
        "kirim foto KTP ke WA 6281840017987. Nomor itu mengaku admin Dinsos.",
        "kirim foto KTP ke WA 6281840017987. Nomor itu mengaku admin Dinsos.",
        id="a-number-said-to-pose-in-the-next-sentence",
    ),
    pytest.param(
        "Akun WA 085797311014 mengaku agen resmi ASDP, jual tiket.",
        "Akun WA 085797311014 mengaku agen resmi ASDP, jual tiket.",
        id="a-number-posing-as-an-agent",
    ),
    pytest.param(
        "Ada yang kirim pesan, nomor 089881751461, mengaku wali kelas.",
        "Ada yang kirim pesan, nomor 089881751461, mengaku wali kelas.",
        id="a-number-posing-as-a-teacher",
    ),
    pytest.param(
        "Ada orang telpon pake nomor 082354128203, dia bilang dia dari Dinas Sosial.",
        "Ada orang telpon pake nomor 082354128203, dia bilang dia dari Dinas Sosial.",
        id="a-number-said-to-be-an-offices-in-kupang-malay",
    ),
    pytest.param(
        "datang ke kantor di Jl. Kapten Tendean sebelum 09/04/2026.",
        "datang ke kantor di Jl. Kapten Tendean sebelum 09/04/2026.",
        id="a-street-named-after-a-hero-with-his-rank",
    ),
    pytest.param(
        "UGD 24 JAM: (0380) 856701\nPENDAFTARAN ONLINE WA: 089513791380",
        "UGD 24 JAM: (0380) 856701\nPENDAFTARAN ONLINE WA: 089513791380",
        id="a-line-to-register-by",
    ),
    pytest.param(
        "Bantuan modal UMKM dari Kementerian, daftar via WA 08162684538, biaya administrasi.",
        "Bantuan modal UMKM dari Kementerian, daftar via WA 08162684538, biaya administrasi.",
        id="a-programmes-line-to-register-by",
    ),
    pytest.param(
        "Saya sudah daftar lewat WA saya 0812 3456 7890",
        "Saya sudah daftar lewat WA saya [PHONE]",
        id="the-writers-own-number-after-registering",
    ),
    pytest.param(
        "Info: TU sekolah 0380866630, WA panitia 0812 6481 7591 / 085183768421",
        "Info: TU sekolah 0380866630, WA panitia 0812 6481 7591 / 085183768421",
        id="a-committees-lines",
    ),
    pytest.param(
        "Yang beta dapa cuma (0380) 804644 deng WA center 628137466010.",
        "Yang beta dapa cuma (0380) 804644 deng WA center 628137466010.",
        id="a-fixed-line-listed-with-a-wa-center",
    ),
    pytest.param(
        "Sekretariat Kelurahan, telp 0380-883138\nKetua Panitia: HENDRIK BIRE (+6289959165902)",
        "Sekretariat Kelurahan, telp 0380-883138\nKetua Panitia: [NAME] ([PHONE])",
        id="a-committees-chair-named-with-his-own-mobile",
    ),
    pytest.param(
        "KOTKUPANG PETUGAS PARKIR DI PASAR OEBA MINTA RP 5.000. OKNUM JURU PARKIR TIDAK KASI "
        "KARCIS. PETUGAS RETRIBUSI JUGA.",
        "KOTKUPANG PETUGAS PARKIR DI PASAR OEBA MINTA RP 5.000. OKNUM JURU PARKIR TIDAK KASI "
        "KARCIS. PETUGAS RETRIBUSI JUGA.",
        id="officers-named-by-their-work-in-capitals",
    ),
    pytest.param(
        "- tetangga, Om I Made 0823 5635 0412\nPetugas: I Ketut\nPihak I Made perjanjian.",
        "- tetangga, Om [NAME] [PHONE]\nPetugas: [NAME]\nPihak I Made perjanjian.",
        id="a-balinese-birth-order-name-alone-after-a-kin-word-or-a-role",
    ),
    pytest.param(
        "Petugas meneruskan ke BPJS Kesehatan cabang Kupang (telp. 0380 843843) dan meminta "
        "pelapor menunggu. Ibu Maria (telp. 0380 821447) tetangga saya.",
        "Petugas meneruskan ke BPJS Kesehatan cabang Kupang (telp. 0380 843843) dan meminta "
        "pelapor menunggu. Ibu [NAME] (telp. [PHONE]) tetangga saya.",
        id="a-bodys-fixed-line-in-a-bracket-after-its-name",
    ),
    pytest.param(
        'nyaris tabrak anak SD"\nKomentar efi wadu: sopirnya namanya benyamin\nKomentar '
        "kupangviral: @dishubkotakupang tolong tindak",
        'nyaris tabrak anak SD"\nKomentar [NAME]: sopirnya namanya [NAME]\nKomentar '
        "kupangviral: @dishubkotakupang tolong tindak",
        id="a-commenter-named-after-komentar-on-the-comments-line",
    ),
    pytest.param(
        "got di blok itu buntu. hasan 08532358146",
        "got di blok itu buntu. [NAME] [PHONE]",
        id="a-given-name-signing-with-a-mobile",
    ),
    pytest.param(
        "kak ini rekening panitia kemarin BNI 0044223548 a.n. Marlin Bana",
        "kak ini rekening panitia kemarin BNI [BANK_ACCOUNT] a.n. [NAME]",
        id="a-committees-account-held-by-a-named-person",
    ),
    pytest.param(
        "NPWP : 21.972.876.3-920.000\nNama WP : CV SASANDO MANDIRI\nNPWP : 814118082921000\n"
        "KOPERASI TELUK KUPANG SEJAHTERA\nNPWP : 31.689.438.7-920.000NAMA : BENDAHARA DINAS SOSIAL",
        "NPWP : 21.972.876.3-920.000\nNama WP : CV SASANDO MANDIRI\nNPWP : 814118082921000\n"
        "KOPERASI TELUK KUPANG SEJAHTERA\nNPWP : 31.689.438.7-920.000NAMA : BENDAHARA DINAS SOSIAL",
        id="a-bodys-npwp-named-after-it",
    ),
    pytest.param(
        "NPWP : 21.972.876.3-920.000\nNama WP : YOHANES NDUN",
        "NPWP : [NPWP]\nNama WP : [NAME]",
        id="a-persons-npwp-named-after-it",
    ),
    pytest.param(
        "Rekening Penampung : 7265-01-374756-53-2 a.n. TOKO SUMBER REJEKI. Terdebet dari rekening "
        "giro CV 002.02.02.902534-4. Dana di rekening penampung 003.01.02.127138-7 sudah masuk.",
        "Rekening Penampung : 7265-01-374756-53-2 a.n. TOKO SUMBER REJEKI. Terdebet dari rekening "
        "giro CV 002.02.02.902534-4. Dana di rekening penampung 003.01.02.127138-7 sudah masuk.",
        id="bodies-accounts",
    ),
    pytest.param(
        "No.SEP : 1701R0020926V088299Tgl.SEP : 11/04/2026No.Kartu : 0003315157359 ( MR. 87 )",
        "No.SEP : 1701R0020926V088299Tgl.SEP : 11/04/2026No.Kartu : [BPJS] ( MR. 87 )",
        id="a-label-glued-to-the-field-before-it",
    ),
    pytest.param(
        "Bukti Potong No. 1.1-07.26-6667041 dari pemberi kerja NPWP 91.379.938.6-921.000\n"
        "NPWP istri : 76.123.456.7-921.000",
        "Bukti Potong No. 1.1-07.26-6667041 dari pemberi kerja NPWP 91.379.938.6-921.000\n"
        "NPWP istri : [NPWP]",
        id="a-withholding-slip-and-the-employers-npwp",
    ),
    pytest.param(
        "Faskes Perujuk : PUSKESMAS SIKUMANA\nPasien/Keluarga Pasien\nPasien: Ola Siregar",
        "Faskes Perujuk : PUSKESMAS SIKUMANA\nPasien/Keluarga Pasien\nPasien: [NAME]",
        id="a-forms-patient-words-are-no-name",
    ),
    pytest.param(
        "NPWP : 21.296.932.7-922.000\nNama : MASJID BAITURRAHMAN\nNPWP klinik 833032117920000\n"
        "Rekening Debet (rekening yayasan) : 00103021094241",
        "NPWP : 21.296.932.7-922.000\nNama : MASJID BAITURRAHMAN\nNPWP klinik 833032117920000\n"
        "Rekening Debet (rekening yayasan) : 00103021094241",
        id="a-mosques-and-a-clinics-npwp-and-a-foundations-account",
    ),
    pytest.param(
        "Saya perawat RSUD, NPWP 01.746.779.1-922.000\nNPWP : 21.296.932.7-922.000\nKantor : "
        "Dinas PUPR",
        "Saya perawat RSUD, NPWP [NPWP]\nNPWP : [NPWP]\nKantor : Dinas PUPR",
        id="a-persons-npwp-beside-their-workplace",
    ),
    pytest.param(
        "NPWP pribadi : 21.296.932.7-922.000\nNama Usaha : Kios Mama Ester",
        "NPWP pribadi : [NPWP]\nNama Usaha : Kios Mama Ester",
        id="a-sole-traders-npwp-beside-the-business-name",
    ),
    pytest.param(
        "From: Forum Warga <sekretariat.forum.kupang@gmail.com>\nTo: Kantor Pertanahan Kota "
        "Kupang <kantah.kotakupang@atrbpn.go.id>\nCc: Dewi Lay <lay-dewi@ymail.com>",
        "From: Forum Warga <sekretariat.forum.kupang@gmail.com>\nTo: Kantor Pertanahan Kota "
        "Kupang <kantah.kotakupang@atrbpn.go.id>\nCc: [NAME] <[EMAIL]>",
        id="a-mailbox-shown-under-an-offices-name",
    ),
    pytest.param(
        "Beta ju dapat dari 0816-4350-543 kemarin, ngaku dari PLN. Nomor 0838-4601-0587 tu "
        "bilang dia dari Bapenda. Nomor dia +62 812-0174-4763, mengaku debt collector resmi.",
        "Beta ju dapat dari 0816-4350-543 kemarin, ngaku dari PLN. Nomor 0838-4601-0587 tu "
        "bilang dia dari Bapenda. Nomor dia +62 812-0174-4763, mengaku debt collector resmi.",
        id="numbers-said-to-pose-after-a-time-word-or-as-a-collector",
    ),
    pytest.param(
        "melalui rekening Majelis Jemaat di Bank NTT 1524519810633 atau BRI 220101022393545. "
        "NPWP Majelis Jemaat 59.486.452.7-920.000.",
        "melalui rekening Majelis Jemaat di Bank NTT 1524519810633 atau BRI 220101022393545. "
        "NPWP Majelis Jemaat 59.486.452.7-920.000.",
        id="a-church-councils-accounts-and-npwp",
    ),
    pytest.param(
        "Suami KPM, Ambo Mappaseng, bekerja sebagai buruh. Kartu Andi Daeng Ngai ditolak.",
        "Suami KPM, [NAME], bekerja sebagai buruh. Kartu [NAME] ditolak.",
        id="bugis-names-with-daeng",
    ),
    pytest.param(
        "PENGUMUMAN RT 02 / RW 30 KELURAHAN PENKASE OELETA\nKerja bakti hari Sabtu.",
        "PENGUMUMAN RT 02 / RW 30 KELURAHAN PENKASE OELETA\nKerja bakti hari Sabtu.",
        id="a-neighbourhood-sending-a-notice",
    ),
    pytest.param(
        "Nama : ROSALINA LOMINIK : 53710545019000099\nNama : YANTI NIKEN\nNIK : 5371054501900099",
        "Nama : [NAME]NIK : [NIK]\nNama : [NAME]\nNIK : [NIK]",
        id="a-nik-label-glued-to-the-name-before-it",
    ),
    pytest.param(
        "Selamat sore bapa mama warga RT 11. Pemenang tahun lalu, RT 25, belum terima hadiah. "
        "Beta tinggal di RT 05.",
        "Selamat sore bapa mama warga RT 11. Pemenang tahun lalu, RT 25, belum terima hadiah. "
        "Beta tinggal di [ADDRESS].",
        id="residents-addressed-and-a-winning-neighbourhood",
    ),
    pytest.param(
        "Status: dijadwalkan P2TL 24 Agustus 2026",
        "Status: dijadwalkan P2TL 24 Agustus 2026",
        id="pln-meter-inspections-acronym",
    ),
    pytest.param(
        'lewat email x@gmail.com atau WA 0838-4806-3505", katanya dari Kemensos.\n'
        "Ada yg kenal nomor 0899-7115-3176? dia bilang dia pendeta dari sinode.\n"
        "+628323360950: Yth bapak/ibu, kami dari PLN, tagihan Anda menunggak.\n"
        "korban telepon dari 08983396547 yang mengaku staf Wali Kota.",
        'lewat email [EMAIL] atau WA 0838-4806-3505", katanya dari Kemensos.\n'
        "Ada yg kenal nomor 0899-7115-3176? dia bilang dia pendeta dari sinode.\n"
        "+628323360950: Yth bapak/ibu, kami dari PLN, tagihan Anda menunggak.\n"
        "korban telepon dari 08983396547 yang mengaku staf Wali Kota.",
        id="numbers-said-to-pose-in-more-words",
    ),
    pytest.param(
        "HP saya 0812 3456 7890: saya dari Oebobo mau lapor.",
        "HP saya [PHONE]: saya dari Oebobo mau lapor.",
        id="a-writer-from-a-place-is-no-posing",
    ),
    pytest.param(
        "Agen: Benar, itu alamat resmi. Untuk pertanyaan lain WA 0897-5687-6221.\n"
        "Pembayaran hanya melalui kode billing resmi. Pertanyaan: (0380) 888909.\n"
        "Beta telpon (0380) 858 247 juga sonde angkat.",
        "Agen: Benar, itu alamat resmi. Untuk pertanyaan lain WA 0897-5687-6221.\n"
        "Pembayaran hanya melalui kode billing resmi. Pertanyaan: (0380) 888909.\n"
        "Beta telpon (0380) 858 247 juga sonde angkat.",
        id="an-agents-and-an-offices-lines-to-ask-and-a-line-nobody-answers",
    ),
    pytest.param(
        "Mohon dana dikembalikan.\n\nHormat kami,\nPengurus\nTelp. 0380-867737\n"
        "COUNTER PULSA BERKAT\nJL. R.A. KARTINI NO. 45, KUPANG\nTELP/WA 083167160175",
        "Mohon dana dikembalikan.\n\nHormat kami,\nPengurus\nTelp. 0380-867737\n"
        "COUNTER PULSA BERKAT\nJL. R.A. KARTINI NO. 45, KUPANG\nTELP/WA 083167160175",
        id="a-boards-signature-and-a-shops-heading",
    ),
    pytest.param(
        "Terima kasih atas apresiasinya. Laporan sampah bisa ke WA 6281260477876.\n"
        "Telepon (0380) 803497: 3 laporan\nLaporan saya bisa ke WA 0812 3456 7890",
        "Terima kasih atas apresiasinya. Laporan sampah bisa ke WA 6281260477876.\n"
        "Telepon (0380) 803497: 3 laporan\nLaporan saya bisa ke WA [PHONE]",
        id="where-reports-go-and-a-channels-count",
    ),
    pytest.param(
        "sopir angkot ugal2an di Kartini tadi. Anak saya Yosua Ndun hampir tertabrak.",
        "sopir angkot ugal2an di Kartini tadi. Anak saya [NAME] hampir tertabrak.",
        id="a-street-of-one-word-named-after-a-hero",
    ),
    pytest.param(
        "Ibadah pindah ke GMIT Koinonia (Jl. Thamrin No. 67). Workshop di Jl. El Tari No. 40.",
        "Ibadah pindah ke GMIT Koinonia (Jl. Thamrin No. 67). Workshop di Jl. El Tari No. 40.",
        id="a-churchs-and-a-workshops-address",
    ),
]

SCAMS_ADVERTS_AND_PEOPLE = [
    pytest.param(
        "Hati2 warga, ada SMS minta data pribadi. Nomor penipu 0813-9928-8199. Jangan dibalas.",
        "Hati2 warga, ada SMS minta data pribadi. Nomor penipu 0813-9928-8199. Jangan dibalas.",
        id="a-scams-number-with-nobody-named",
    ),
    pytest.param(
        "Penelepon: Jadi yang 0882-7871-4081 itu penipu?\nPetugas: Betul Ibu, silakan blokir.",
        "Penelepon: Jadi yang 0882-7871-4081 itu penipu?\nPetugas: Betul Ibu, silakan blokir.",
        id="a-number-asked-about-as-a-scams",
    ),
    pytest.param(
        "Hati2 penipuan a.n. Marlin Sabaat mengaku petugas PLN. Nomor penipu 08139288199.",
        "Hati2 penipuan a.n. [NAME] mengaku petugas PLN. Nomor penipu [PHONE].",
        id="a-scams-number-whose-user-is-named-before",
    ),
    pytest.param(
        "Awas nomor penipu 0819-3982-7031 a.n. Deki Benu, sudah banyak korban.",
        "Awas nomor penipu [PHONE] a.n. [NAME], sudah banyak korban.",
        id="a-scams-number-whose-user-is-named-after",
    ),
    pytest.param(
        "Sy korban penipuan online. HP sy 0812-3456-7892, bukan nomor penipu.",
        "Sy korban penipuan online. HP sy [PHONE], bukan nomor penipu.",
        id="the-writers-own-number-in-a-scam-report",
    ),
    pytest.param(
        'Ada pesan WA dari 0812-5663-2242: "Selamat! Anda terpilih pinjaman tanpa jaminan."',
        'Ada pesan WA dari 0812-5663-2242: "Selamat! Anda terpilih pinjaman tanpa jaminan."',
        id="a-number-whose-message-announces-a-prize",
    ),
    pytest.param(
        "Ada yang telpon mengaku kurir J&T, minta data pribadi. Nomor 0821-1035-1841.",
        "Ada yang telpon mengaku kurir J&T, minta data pribadi. Nomor 0821-1035-1841.",
        id="a-scams-number-in-the-sentence-after-its-claim",
    ),
    pytest.param(
        "Ada yang telpon mengaku kurir a.n. Deki Benu, minta data pribadi. Nomor 0821-1035-1841.",
        "Ada yang telpon mengaku kurir a.n. [NAME], minta data pribadi. Nomor [PHONE].",
        id="a-scams-number-after-its-claim-whose-user-is-named",
    ),
    pytest.param(
        "Saya dihubungi petugas kelurahan. Nomor 0821-1035-1841.",
        "Saya dihubungi petugas kelurahan. Nomor [PHONE].",
        id="a-number-after-a-sentence-with-no-claim",
    ),
    pytest.param(
        "Ada nomor 0878-3283-964 kirim SMS, katanya dari BRI, saya dapat poin.",
        "Ada nomor 0878-3283-964 kirim SMS, katanya dari BRI, saya dapat poin.",
        id="a-number-that-texted-then-posed",
    ),
    pytest.param(
        "hati2 ada WA 087870371056 pake foto pak lurah minta transfer",
        "hati2 ada WA 087870371056 pake foto pak lurah minta transfer",
        id="a-number-posing-with-an-officials-photo",
    ),
    pytest.param(
        "Nomor 0812.6987.6940, 0817.9700.4122 bukan nomor resmi Bank NTT.",
        "Nomor 0812.6987.6940, 0817.9700.4122 bukan nomor resmi Bank NTT.",
        id="numbers-said-not-to-be-a-banks-own",
    ),
    pytest.param(
        "Ok, nanti sa lapor ke grapari 0380 825503 untuk blokir. Atau tata usaha (0380) 899 909.",
        "Ok, nanti sa lapor ke grapari 0380 825503 untuk blokir. Atau tata usaha (0380) 899 909.",
        id="a-service-points-and-a-schools-office-lines",
    ),
    pytest.param(
        "PENGUMUMAN\nNomor layanan Puskesmas Bakunase berubah.\nNomor lama: (0380) 810593\n"
        "Nomor baru: (0380) 881430",
        "PENGUMUMAN\nNomor layanan Puskesmas Bakunase berubah.\nNomor lama: (0380) 810593\n"
        "Nomor baru: (0380) 881430",
        id="an-offices-notice-of-its-old-and-new-numbers",
    ),
    pytest.param(
        "Dong bilang nomor pengaduan Dishub su ganti. Yang lama 08151895326, yang baru "
        "081790113400.",
        "Dong bilang nomor pengaduan Dishub su ganti. Yang lama 08151895326, yang baru "
        "081790113400.",
        id="an-offices-changed-numbers-in-kupang-malay",
    ),
    pytest.param(
        "HP saya ganti. Nomor lama 0812-3456-7890, nomor baru 0813-9876-5432.",
        "HP saya ganti. Nomor lama [PHONE], nomor baru [PHONE].",
        id="the-writers-changed-numbers",
    ),
    pytest.param(
        "Nomor penipu yang sudah dilaporkan warga minggu ini: 08235134611, 0818.9327.7901 dan "
        "6289559895864.",
        "Nomor penipu yang sudah dilaporkan warga minggu ini: 08235134611, 0818.9327.7901 dan "
        "6289559895864.",
        id="numbers-listed-under-a-heading-of-scams-numbers",
    ),
    pytest.param(
        "Grup Otomotif Kupang\nBENGKEL MOTOR SEJATI\nServis + ganti oli Rp50.000\nWA 088224836202",
        "Grup Otomotif Kupang\nBENGKEL MOTOR SEJATI\nServis + ganti oli Rp50.000\nWA 088224836202",
        id="a-workshops-advert-with-a-price",
    ),
    pytest.param(
        "KOS PUTRI MELATI, kamar kosong 2, 100 ribu/bulan. Hub +6285892008354 (Ibu Marlin).",
        "KOS PUTRI MELATI, kamar kosong 2, 100 ribu/bulan. Hub [PHONE] (Ibu [NAME]).",
        id="an-advert-naming-its-keeper-after-the-number",
    ),
    pytest.param(
        "Travel Kupang-Atambua tiap hari jam 06.00\nBooking WA 082192470589 / telp (0380) 803 580",
        "Travel Kupang-Atambua tiap hari jam 06.00\nBooking WA 082192470589 / telp (0380) 803 580",
        id="a-travel-agents-booking-lines",
    ),
    pytest.param(
        "Nomor layanan Puskesmas berubah.\nNomor baru: (0380) 851118 / WA 6285386660474",
        "Nomor layanan Puskesmas berubah.\nNomor baru: (0380) 851118 / WA 6285386660474",
        id="an-offices-new-fixed-line-and-the-mobile-listed-with-it",
    ),
    pytest.param(
        "Pertanyaan: tu.sman7@gmail.com / telp 0380-838586",
        "Pertanyaan: tu.sman7@gmail.com / telp 0380-838586",
        id="where-to-ask-after-the-bodys-mailbox",
    ),
    pytest.param(
        "Habis itu 0878-4802446 telpon saya suruh buka link.",
        "Habis itu 0878-4802446 telpon saya suruh buka link.",
        id="a-number-that-asks-to-open-a-link",
    ),
    pytest.param(
        "sy menang undian dari bank ntt. sy disuruh tlp 087717667284 utk klaim.",
        "sy menang undian dari bank ntt. sy disuruh tlp 087717667284 utk klaim.",
        id="a-number-to-call-to-claim-a-prize",
    ),
    pytest.param(
        "WARUNG MAKAN BUDI RASA\nJl. Timor Raya Kupang\nTelp 0821 8272 6578\n-----\nNasi ayam x3",
        "WARUNG MAKAN BUDI RASA\nJl. Timor Raya Kupang\nTelp 0821 8272 6578\n-----\nNasi ayam x3",
        id="a-stalls-receipt-heading",
    ),
    pytest.param(
        "T0KO SINAR ABADI\nJl. Amabi No. 6 Kupang\nTELP/WA 083100775356\nNo. Nota : JP2327",
        "T0KO SINAR ABADI\nJl. Amabi No. 6 Kupang\nTELP/WA 083100775356\nNo. Nota : JP2327",
        id="a-shops-receipt-heading-as-scanned",
    ),
    pytest.param(
        "Tolong share. Nomor 089747119073 ngaku anak kos sa, bilang kecelakaan dan minta transfer.",
        "Tolong share. Nomor 089747119073 ngaku anak kos sa, bilang kecelakaan dan minta transfer.",
        id="a-number-posing-as-a-relative",
    ),
    pytest.param(
        "Transfer ke admin, Apriani Manafe, BNI 08304785943",
        "Transfer ke admin, [NAME], BNI [BANK_ACCOUNT]",
        id="an-account-opening-08-with-no-networks-prefix",
    ),
    pytest.param(
        "Sumbangan ke rekening komite Bank NTT 025.25.98.621562-8. NPWP komite "
        "70.444.634.8-922.000.",
        "Sumbangan ke rekening komite Bank NTT 025.25.98.621562-8. NPWP komite "
        "70.444.634.8-922.000.",
        id="a-school-committees-account-and-npwp",
    ),
    pytest.param(
        "Setor ke rek UPTD Pasar Bank NTT 06508375205736 atau bayar di loket.",
        "Setor ke rek UPTD Pasar Bank NTT 06508375205736 atau bayar di loket.",
        id="an-offices-units-account",
    ),
    pytest.param(
        "Sumbangan bisa ke rek Majelis Jemaat Bank NTT 07010153227763 atau ke rek sa pribadi "
        "BRI 7068-47-941820-74-2 a.n. Yohanes Parera",
        "Sumbangan bisa ke rek Majelis Jemaat Bank NTT 07010153227763 atau ke rek sa pribadi "
        "BRI [BANK_ACCOUNT] a.n. [NAME]",
        id="a-personal-account-after-a-bodys",
    ),
    pytest.param(
        "From: Flobamora Tour & Travel <booking.flobamoratravel@gmail.com>\nTo: BPJS Kesehatan "
        "Kupang <kc.kupang@bpjs-kesehatan.go.id>",
        "From: Flobamora Tour & Travel <booking.flobamoratravel@gmail.com>\nTo: BPJS Kesehatan "
        "Kupang <kc.kupang@bpjs-kesehatan.go.id>",
        id="mailboxes-shown-under-a-business-and-an-agency",
    ),
    pytest.param(
        "Saya transfer ke rek BRI 0123-01-012345-50-3 lalu diminta kode OTP.",
        "Saya transfer ke rek BRI [BANK_ACCOUNT] lalu diminta kode OTP.",
        id="an-account-in-a-scams-report-stays-an-account",
    ),
    pytest.param(
        "Catatan call center: penelepon Dorkas Neonufa (0896.4455.35357) melaporkan penipuan.",
        "Catatan call center: penelepon [NAME] ([PHONE]) melaporkan penipuan.",
        id="a-caller-named-after-an-offices-word-owns-the-number",
    ),
    pytest.param(
        "kotkupang ada sms dari +62 822-6326-4334 katanya sy menang undian 80 ribu",
        "kotkupang ada sms dari +62 822-6326-4334 katanya sy menang undian 80 ribu",
        id="a-number-said-to-announce-a-prize",
    ),
    pytest.param(
        "INFO PENGADUAN DINAS SOSIAL KOTA KUPANG\nSMS/WA 0811-3898-2787\nTelp (0380) 822 592",
        "INFO PENGADUAN DINAS SOSIAL KOTA KUPANG\nSMS/WA 0811-3898-2787\nTelp (0380) 822 592",
        id="the-lines-under-an-offices-heading-of-where-to-complain",
    ),
    pytest.param(
        "Pengaduan saya:\nWA 0812-3456-7890",
        "Pengaduan saya:\nWA [PHONE]",
        id="the-writers-line-under-their-own-complaint",
    ),
    pytest.param(
        "20.10 | Komite Sekolah | 0812-4297-6226 | klarifikasi\n"
        "08.05 | Indah Pandie | +62 815-1590-4979 | lapor kios",
        "20.10 | Komite Sekolah | 0812-4297-6226 | klarifikasi\n"
        "08.05 | [NAME] | [PHONE] | lapor kios",
        id="a-bodys-number-in-a-call-logs-row",
    ),
    pytest.param(
        "NPSN | Nama Sekolah | Alamat\n0958035309 | SMPN 5 Kupang | Jl. Frans Seda",
        "NPSN | Nama Sekolah | Alamat\n0958035309 | SMPN 5 Kupang | Jl. Frans Seda",
        id="a-schools-national-number-column",
    ),
    pytest.param(
        "Pelapor semua anonim. Koordinasi lewat (0380) 840968. Tagihan no samb 02-14-760540.",
        "Pelapor semua anonim. Koordinasi lewat (0380) 840968. Tagihan no samb 02-14-760540.",
        id="a-coordination-line-and-a-water-connections-number",
    ),
    pytest.param(
        "Rekap NPWP guru honor SMPN 5 Kupang (diminta bendahara)\nRosalina Bana — "
        "704013341921000\nMarkus Therik — 5305171006990347",
        "Rekap NPWP guru honor SMPN 5 Kupang (diminta bendahara)\n[NAME] — [NPWP]\n[NAME] — [NPWP]",
        id="a-list-of-persons-npwps-asked-for-by-a-treasurer",
    ),
    pytest.param(
        "Rental Nusa Kupang\nSewa Avanza lepas kunci Rp375.000/hari, dengan sopir "
        "Rp270.000/hari\nHub: 085626400556",
        "Rental Nusa Kupang\nSewa Avanza lepas kunci Rp375.000/hari, dengan sopir "
        "Rp270.000/hari\nHub: 085626400556",
        id="a-rentals-advert-offering-a-driver",
    ),
    pytest.param(
        "Kata petugas di loket harus lewat WA 08128359402, itu nomor baru.",
        "Kata petugas di loket harus lewat WA 08128359402, itu nomor baru.",
        id="the-channel-one-must-use",
    ),
    pytest.param(
        "Kalo mau daftar imunisasi anak, WA ke 0898-4329-1390 atau datang ke posyandu.",
        "Kalo mau daftar imunisasi anak, WA ke 0898-4329-1390 atau datang ke posyandu.",
        id="where-to-register-for-something",
    ),
    pytest.param(
        "Tanggal: 15/4/2026\nKanal: telepon ke +6287856416378\nPelapor: Rahmat Lado",
        "Tanggal: 15/4/2026\nKanal: telepon ke +6287856416378\nPelapor: [NAME]",
        id="the-channel-a-report-came-in-by",
    ),
    pytest.param(
        "Nomor DC yang chat itu 0812-6186-1646, dari kantor PinjamCepat88 katanya.",
        "Nomor DC yang chat itu 0812-6186-1646, dari kantor PinjamCepat88 katanya.",
        id="a-number-said-to-come-from-an-office",
    ),
    pytest.param(
        "Nomor Kos Berkat Oebufu di papan nama +62 895-5902-5288 sudah blokir saya.",
        "Nomor Kos Berkat Oebufu di papan nama +62 895-5902-5288 sudah blokir saya.",
        id="a-number-on-a-name-board",
    ),
    pytest.param(
        "SEDOT WC \u2013 BUANG SAMPAH \u2013 ANGKUT PUING\nMURAH & CEPAT\nHUB: 0812 3578 1450",
        "SEDOT WC \u2013 BUANG SAMPAH \u2013 ANGKUT PUING\nMURAH & CEPAT\nHUB: 0812 3578 1450",
        id="a-services-flyer",
    ),
    pytest.param(
        "Dukcapil Kota Kupang tdk pernah minta lewat inbox. Nomor WA yg dipakai 0822-1018-7243.",
        "Dukcapil Kota Kupang tdk pernah minta lewat inbox. Nomor WA yg dipakai 0822-1018-7243.",
        id="a-number-after-an-office-disowns-its-requests",
    ),
    pytest.param(
        "TU SD Inpres Oepura 2 (telp (0380) 859 122) minta uang tebus Rp1.500.000.",
        "TU SD Inpres Oepura 2 (telp (0380) 859 122) minta uang tebus Rp1.500.000.",
        id="a-schools-line-in-a-bracket-after-its-name",
    ),
    pytest.param(
        "Website Dukcapil masih mencantumkan 083234435393 yang sudah tidak aktif; nomor baru "
        "082124599823.",
        "Website Dukcapil masih mencantumkan 083234435393 yang sudah tidak aktif; nomor baru "
        "082124599823.",
        id="an-offices-new-number-after-its-old-one-went-dead",
    ),
    pytest.param(
        "Pengaduan: PLN 123 / WA 081980188355. Jangan layani nomor 0882 8369 9214 yang minta "
        "biaya.",
        "Pengaduan: PLN 123 / WA 081980188355. Jangan layani nomor 0882 8369 9214 yang minta "
        "biaya.",
        id="a-number-residents-are-warned-not-to-answer",
    ),
    pytest.param(
        "Kontak: call center 0380 836804, WA center 0831 4589 6936. Nomor lama 085184629534 "
        "tidak aktif lagi.",
        "Kontak: call center 0380 836804, WA center 0831 4589 6936. Nomor lama 085184629534 "
        "tidak aktif lagi.",
        id="an-offices-old-number-said-dead-after-it",
    ),
    pytest.param(
        "Sy kasih: bapaknya Viktor Lena 0001733049291, anak Erni Lena 0003 3601 6027 9.",
        "Sy kasih: bapaknya [NAME] [BPJS], anak [NAME] [BPJS].",
        id="jkn-cards-by-their-shape",
    ),
    pytest.param(
        "Nomor tiket 0001733049291 dan rekening BRI 0001733049291 sudah dicek.",
        "Nomor tiket 0001733049291 dan rekening BRI [BANK_ACCOUNT] sudah dicek.",
        id="a-ticket-and-an-account-of-the-same-shape",
    ),
    pytest.param(
        "Saya terdaftar PKH (ID DTKS 2026060797551055) tapi dana tidak masuk.",
        "Saya terdaftar PKH (ID DTKS 2026060797551055) tapi dana tidak masuk.",
        id="a-welfare-registers-id-in-a-sentence",
    ),
    pytest.param(
        "18/07/2026\tTRF KE 00303022560187 UMBU RARA PARANGGI\tREF3512439250",
        "18/07/2026\tTRF KE [BANK_ACCOUNT] [NAME]\tREF3512439250",
        id="an-account-in-a-bank-statements-transfer-line",
    ),
    pytest.param(
        "2) Transfer ke Rekening\nKe : PT FLOBAMORA JAYA \u2014 012.02.02.351114-8",
        "2) Transfer ke Rekening\nKe : PT FLOBAMORA JAYA \u2014 012.02.02.351114-8",
        id="a-companys-account-named-before-it",
    ),
    pytest.param(
        "Uang Jaminan : 250.000\nDisetor ke rekening BLUD RSU Leona : 1459463447",
        "Uang Jaminan : 250.000\nDisetor ke rekening BLUD RSU Leona : 1459463447",
        id="a-public-hospitals-account",
    ),
    pytest.param(
        "Penelepon: Aduh. Nomor mereka?\nPetugas: Silakan ke 0380-801104.",
        "Penelepon: Aduh. Nomor mereka?\nPetugas: Silakan ke 0380-801104.",
        id="an-agent-sending-the-caller-to-an-offices-line",
    ),
    pytest.param(
        "Petugas: Silakan hubungi Pak Yosef Benu di 0812-3456-7890.",
        "Petugas: Silakan hubungi Pak [NAME] di [PHONE].",
        id="an-agent-sending-the-caller-to-a-person",
    ),
    pytest.param(
        'Ini iklan mereka: "Rental Mobil Flobamora. Avanza lepas kunci Rp350.000/hari. Hub: '
        '0812-3456-7890"',
        'Ini iklan mereka: "Rental Mobil Flobamora. Avanza lepas kunci Rp350.000/hari. Hub: '
        '0812-3456-7890"',
        id="a-rentals-advert-quoted-in-a-complaint",
    ),
    pytest.param(
        "Catering Lontar terima pesanan nasi kotak. Pesan di WA 0813-1111-2222 atau telp "
        "0380-836919.",
        "Catering Lontar terima pesanan nasi kotak. Pesan di WA 0813-1111-2222 atau telp "
        "0380-836919.",
        id="a-caterers-advert",
    ),
    pytest.param(
        "Saya jual kue, terima pesanan untuk acara. Pesan di WA 0812-3456-7890",
        "Saya jual kue, terima pesanan untuk acara. Pesan di WA [PHONE]",
        id="the-writers-own-sale",
    ),
    pytest.param(
        "[12/10/26 10.01] Yanti: sa jual kue, info WA 0812 3456 7781",
        "[12/10/26 10.01] [NAME]: sa jual kue, info WA [PHONE]",
        id="the-writers-own-sale-in-a-chat-with-info-wa",
    ),
    pytest.param(
        "Dijual motor Vario 2019 harga Rp 12 jt nego. Hub 0812-3456-7890",
        "Dijual motor Vario 2019 harga Rp 12 jt nego. Hub [PHONE]",
        id="a-persons-sale-with-a-price",
    ),
    pytest.param(
        "Saya ditagih Rp50.000/bulan untuk sampah. Mohon dicek. Kontak: 0812-3456-7890.",
        "Saya ditagih Rp50.000/bulan untuk sampah. Mohon dicek. Kontak: [PHONE].",
        id="a-rate-in-a-complaint-is-no-advert",
    ),
]

NAMED_USERS_AND_AREAS = [
    pytest.param(
        "Hati-hati, ada yang mengaku Saudara Deki Bessie dari Dinas Sosial lewat WA 081234567812 "
        "minta uang administrasi. Dia BUKAN pegawai Dinas Sosial.",
        "Hati-hati, ada yang mengaku Saudara [NAME] dari Dinas Sosial lewat WA [PHONE] "
        "minta uang administrasi. Dia BUKAN pegawai Dinas Sosial.",
        id="a-named-poser-keeps-his-phone",
    ),
    pytest.param(
        "Ibu Maria dari Dinas Sosial, WA 081234567812.",
        "Ibu [NAME] dari Dinas Sosial, WA [PHONE].",
        id="a-named-officers-whatsapp",
    ),
    pytest.param(
        "ada yg ngaku dari Dinas Sosial lewat WA 081234567812 minta uang.",
        "ada yg ngaku dari Dinas Sosial lewat WA 081234567812 minta uang.",
        id="nobody-named-posing-as-an-office",
    ),
    pytest.param(
        "Kantor Kelurahan Oesapa, WA 081234567812.",
        "Kantor Kelurahan Oesapa, WA 081234567812.",
        id="an-offices-whatsapp",
    ),
    pytest.param(
        "Alamat: Jl. Frans Seda No. 12, Kel. Naimata, Kec. Maulafa",
        "Alamat: [ADDRESS], Kel. Naimata, Kec. Maulafa",
        id="the-area-after-a-home-stays-visible",
    ),
    pytest.param(
        "Sy warga Kelurahan Oetete, RT 03/RW 01 mau lapor",
        "Sy warga Kelurahan Oetete, [ADDRESS] mau lapor",
        id="the-area-before-a-home-stays-visible",
    ),
    pytest.param(
        "Rumah di Jl. Kenari RT 005 RW 002 Kelurahan Tode Kisar, dekat gereja",
        "Rumah di [ADDRESS] Kelurahan Tode Kisar, dekat gereja",
        id="an-areas-two-words-stay-visible",
    ),
]

IDENTITY_NUMBERS_TOGETHER = [
    pytest.param(
        "Petugas: Mohon kirim NIK dan No. KK bapak.\nPelapor: Ini punya sy: 5371044505880021 / "
        "5371041203150007",
        "Petugas: Mohon kirim NIK dan No. KK bapak.\nPelapor: Ini punya sy: [NIK] / [KK]",
        id="two-numbers-in-the-order-asked",
    ),
    pytest.param(
        "Data pendukung (NIK, No. KK) : 5371021507790033, 5371021106140009",
        "Data pendukung (NIK, No. KK) : [NIK], [KK]",
        id="a-labels-order",
    ),
    pytest.param(
        "Nama sy tercatat di dua KK: 5371021106140009 dan 5371031203160004.",
        "Nama sy tercatat di dua KK: [KK] dan [KK].",
        id="two-family-cards",
    ),
    pytest.param(
        "No KK 5371041203150007\nMARIA LAKA 5371044505880021 ISTRI\nYOHANES LAKA "
        "5371041207100003 ANAK",
        "No KK [KK]\n[NAME] [NIK] ISTRI\n[NAME] [NIK] ANAK",
        id="a-cards-rows-are-members-niks",
    ),
    pytest.param(
        "Bapa pung 5371041207600031, mama pung 5371045505650022, KK 5371041203150007",
        "Bapa pung [NIK], mama pung [NIK], KK [KK]",
        id="niks-before-the-cards-own-number",
    ),
    pytest.param(
        "Yang sy kirim 5371041203150007 itu nomor KK, bukan NIK. NIK sy 5371044505880021.",
        "Yang sy kirim [KK] itu nomor KK, bukan NIK. NIK sy [NIK].",
        id="said-after-to-be-the-card",
    ),
    pytest.param(
        "No. KK 537104120315007 ditolak, kurang satu angka. Yang benar 5371041203150007.",
        "No. KK [KK] ditolak, kurang satu angka. Yang benar [KK].",
        id="the-right-one-is-of-the-kind-it-corrects",
    ),
    pytest.param(
        "NIK anak tertulis salah. Yg benar 5371041207100003, No. KK 5371041203150007",
        "NIK anak tertulis salah. Yg benar [NIK], No. KK [KK]",
        id="a-correction-with-its-own-word",
    ),
    pytest.param(
        "KARTU KELUARGA\nNo. 5371O4120315OOO7\n1 MARIA LAKA 53710445O5880O21 ISTRI",
        "KARTU KELUARGA\nNo. [KK]\n1 [NAME] [NIK] ISTRI",
        id="a-scanned-cards-lettered-rows",
    ),
    pytest.param(
        "DAFTAR PENERIMA DENGAN NIK BELUM PADAN\n1 MARIA LAKA 53710445O5880O21",
        "DAFTAR PENERIMA DENGAN NIK BELUM PADAN\n1 [NAME] [NIK]",
        id="a-lettered-nik-under-a-heading",
    ),
    pytest.param(
        "Kode voucher 5371O412071OOOO3 berlaku sampai besok.",
        "Kode voucher 5371O412071OOOO3 berlaku sampai besok.",
        id="a-lettered-code-without-identity-words",
    ),
    pytest.param(
        "Sy blm punya NPWP bu, pakai NIK sj boleh? 5371044505880021",
        "Sy blm punya NPWP bu, pakai NIK sj boleh? [NIK]",
        id="no-npwp-so-the-nik",
    ),
    pytest.param(
        "Mereka pakai foto KTP. Nomor penagih 0858-4141-8951, mengaku dari kantor hukum.",
        "Mereka pakai foto KTP. Nomor penagih 0858-4141-8951, mengaku dari kantor hukum.",
        id="a-sentence-ends-after-ktp",
    ),
    pytest.param(
        "Ada yang mengaku petugas sensus minta foto KTP dan KK lewat WA 082101544376. Sy tdk "
        "kirim.",
        "Ada yang mengaku petugas sensus minta foto KTP dan KK lewat WA 082101544376. Sy tdk "
        "kirim.",
        id="posing-as-census-staff",
    ),
    pytest.param(
        "Dong bilang mau dapat beras, kirim KK deng KTP pung foto ke nomor 081213164980. Itu "
        "tipu-tipu to?",
        "Dong bilang mau dapat beras, kirim KK deng KTP pung foto ke nomor 081213164980. Itu "
        "tipu-tipu to?",
        id="papers-sent-to-a-scam",
    ),
    pytest.param(
        "BANTUAN DARI KEMENSOS!! Kirim NIK ke WA 0811 6277 1491. Cepat sebelum kuota "
        "habis.\nAdmin: Bapa mama, itu HOAX.",
        "BANTUAN DARI KEMENSOS!! Kirim NIK ke WA 0811 6277 1491. Cepat sebelum kuota "
        "habis.\nAdmin: Bapa mama, itu HOAX.",
        id="a-hoax-called-so-later",
    ),
    pytest.param(
        "Sy kirim foto KTP ke nomor 081213164980 milik pak RT Yohanes Laka.",
        "Sy kirim foto KTP ke nomor [PHONE] milik pak RT [NAME].",
        id="papers-sent-to-a-named-persons-number",
    ),
    pytest.param(
        "HP sy 081213164980. Kemarin ada telpon minta transfer, itu penipuan?",
        "HP sy [PHONE]. Kemarin ada telpon minta transfer, itu penipuan?",
        id="the-writers-own-number-in-a-scam-report",
    ),
    pytest.param(
        "From: Direktorat Jenderal Pajak <informasi@pajak.go.id>\nSubject: NIK sebagai NPWP",
        "From: Direktorat Jenderal Pajak <informasi@pajak.go.id>\nSubject: NIK sebagai NPWP",
        id="a-directorates-mailbox",
    ),
    pytest.param(
        "Keluhan token ke up3kupang@pln.co.id belum dibalas.",
        "Keluhan token ke up3kupang@pln.co.id belum dibalas.",
        id="a-state-companys-units-mailbox",
    ),
    pytest.param(
        "Peserta JKN: VA pembayaran iuran mandiri diawali 88888, contoh 8888802334759559.",
        "Peserta JKN: VA pembayaran iuran mandiri diawali 88888, contoh 8888802334759559.",
        id="a-self-paid-members-va",
    ),
    pytest.param(
        "Bayar iuran mandiri lewat rek Mandiri 1234567890123 a.n. Yohanes Laka",
        "Bayar iuran mandiri lewat rek Mandiri [BANK_ACCOUNT] a.n. [NAME]",
        id="an-account-at-bank-mandiri",
    ),
    pytest.param(
        "NIB : 9137537778964\nNama Pelaku Usaha : KOPERASI TUNAS HARAPAN\nNPWP : 0494928725921000",
        "NIB : 9137537778964\nNama Pelaku Usaha : KOPERASI TUNAS HARAPAN\nNPWP : 0494928725921000",
        id="a-cooperatives-npwp-under-its-name",
    ),
    pytest.param(
        "Nama : SITTI RAHMA THERIK\nNIK : 53710\n65208720202\nTempat/Tgl Lahir : KUPANG",
        "Nama : [NAME]\nNIK : [NIK]\nTempat/Tgl Lahir : KUPANG",
        id="a-nik-broken-by-a-line",
    ),
    pytest.param(
        "No. KK : 53710\n31808198803\n1\nONG SEN SABNENO\n5304011204880156\nKEPALA KELUARGA",
        "No. KK : [KK]\n1\n[NAME]\n[NIK]\nKEPALA KELUARGA",
        id="a-card-broken-by-a-line-and-its-row",
    ),
    pytest.param(
        "almarhum ayah saya, NIK 5371 0517\n0756 0082, masih tercatat",
        "almarhum ayah saya, NIK [NIK], masih tercatat",
        id="a-nik-in-groups-broken-by-a-line",
    ),
    pytest.param(
        "ayah saya, NIK 5304\n0850 0967 0050, masih tercatat",
        "ayah saya, NIK [NIK], masih tercatat",
        id="a-nik-broken-before-groups-that-look-like-a-mobile",
    ),
    pytest.param(
        "No. 12 5371 0517\n0756 0082 (NIK)",
        "No. 12 [NIK] (NIK)",
        id="groups-before-a-broken-nik-that-are-not-its-own",
    ),
    pytest.param(
        "Jumlah 1250 0000\n3700 0000 dibayar, NIK sy sdh dikirim",
        "Jumlah 1250 0000\n3700 0000 dibayar, NIK sy sdh dikirim",
        id="grouped-amounts-on-two-lines",
    ),
    pytest.param(
        "Jumlah 12500\n37000 dibayar, NIK sy sdh dikirim",
        "Jumlah 12500\n37000 dibayar, NIK sy sdh dikirim",
        id="amounts-on-two-lines",
    ),
    pytest.param(
        "tertulis NIK5371026510820026NamaANJELINA, semua nempel",
        "tertulis NIK[NIK]Nama[NAME], semua nempel",
        id="a-nik-glued-to-the-next-label",
    ),
    pytest.param(
        "Ini punya sy:\n5313144708850143\n5313142211163182\nTrims.\n\n"
        "> Pada 03-02-2026, Kelurahan <kel@gmail.com> menulis:\n"
        "> Mohon kirim NIK lalu No. KK, berurutan.",
        "Ini punya sy:\n[NIK]\n[KK]\nTrims.\n\n"
        "> Pada 03-02-2026, Kelurahan <kel@gmail.com> menulis:\n"
        "> Mohon kirim NIK lalu No. KK, berurutan.",
        id="the-order-a-quoted-request-names",
    ),
]

IDENTITY_DOCUMENT_NAMES = [
    pytest.param(
        "Sudah dua kali ditolak. Hasnah 081234567890",
        "Sudah dua kali ditolak. [NAME] [PHONE]",
        id="a-bugis-given-name-before-a-mobile",
    ),
    pytest.param(
        "Postingan lama.\nKomentar:\nwulandari: sama, KK sy juga begitu",
        "Postingan lama.\nKomentar:\n[NAME]: sama, KK sy juga begitu",
        id="a-javanese-given-name-as-a-commenter",
    ),
    pytest.param(
        "Sioe Lan Lianto minta KK baru",
        "[NAME] minta KK baru",
        id="a-chinese-indonesian-given-pair-and-family-name",
    ),
    pytest.param(
        "keluarga Pabbola dan keluarga Ndakularak ribut batas tanah",
        "keluarga [NAME] dan keluarga [NAME] ribut batas tanah",
        id="bugis-and-sumba-family-names",
    ),
    pytest.param(
        "NIK SY DITOLAK, SDH SY KETIK ULANG. TLG CEK.",
        "NIK SY DITOLAK, SDH SY KETIK ULANG. TLG CEK.",
        id="a-verb-after-sy-in-capitals",
    ),
    pytest.param(
        "Saya UMKM jual sayur di pasar.",
        "Saya UMKM jual sayur di pasar.",
        id="a-small-business-for-what-the-writer-is",
    ),
    pytest.param(
        "No Status Hubungan Kewarganegaraan Nama Ayah Nama Ibu\n"
        "1 KEPALA KELUARGA WNI MARKUS TEFA YULIANA NDUN\n"
        "2 ISTRI WNI PETRUS BENU RAMBU ANA HUREK",
        "No Status Hubungan Kewarganegaraan Nama Ayah Nama Ibu\n"
        "1 KEPALA KELUARGA WNI [NAME] [NAME]\n"
        "2 ISTRI WNI [NAME] [NAME]",
        id="a-family-cards-father-and-mother-side-by-side",
    ),
    pytest.param(
        "Catatan petugas:\n- Keluhan: bantuan belum cair.\n- Tindak lanjut: dikirim ke kelurahan.",
        "Catatan petugas:\n- Keluhan: bantuan belum cair.\n- Tindak lanjut: dikirim ke kelurahan.",
        id="a-lists-last-item-with-its-label-is-no-signature",
    ),
    pytest.param(
        "Ada lowongan?\n\nKomentar:\nCareer Center Unwira: Ada, cek di website kami.",
        "Ada lowongan?\n\nKomentar:\nCareer Center Unwira: Ada, cek di website kami.",
        id="a-bodys-account-commenting",
    ),
    pytest.param(
        "Dear Sir, my husband works in Darwin now.",
        "Dear Sir, my husband works in Darwin now.",
        id="a-town-after-english-in",
    ),
    pytest.param(
        "From: Direktorat Jenderal Pajak <pengumuman@pajak.go.id>\nSubject: Pemadanan NIK",
        "From: Direktorat Jenderal Pajak <pengumuman@pajak.go.id>\nSubject: Pemadanan NIK",
        id="a-directorates-display-name",
    ),
    pytest.param(
        "From: Florida Lado <flado@ymail.com>\nSubject: Token\n\nBelum masuk.\n\nFlorida Lado",
        "From: [NAME] <[EMAIL]>\nSubject: Token\n\nBelum masuk.\n\n[NAME]",
        id="a-name-of-ordinary-words-written-again-whole",
    ),
    pytest.param(
        "Aplikasi menampilkan NamaMARKUS BENUAlamatJL. NANGKA NO 12, begitu saja.",
        "Aplikasi menampilkan Nama[NAME]Alamat[ADDRESS], begitu saja.",
        id="fields-run-together-with-no-colon",
    ),
    pytest.param(
        "Nama : ROSA TEFA\nAlamat : JL. NANGKA NO. 45BAgama : KRISTEN",
        "Nama : [NAME]\nAlamat : [ADDRESS]Agama : KRISTEN",
        id="a-house-number-glued-to-the-religions-label",
    ),
    pytest.param(
        "Nama Kepala Keluarga : YOSEF\nRIWU KAHO\nAlamat : GG. MAWAR NO. 7",
        "Nama Kepala Keluarga : [NAME]\nAlamat : [ADDRESS]",
        id="a-name-over-a-line-after-a-label-of-several-words",
    ),
    pytest.param(
        "tolong cek kartu KIS sy. dr i ketut suartana",
        "tolong cek kartu KIS sy. dr [NAME]",
        id="a-balinese-name-in-lower-case-signing",
    ),
    pytest.param(
        "Beta sakit, KIS sonde aktif. Beta I Wayan, nomor 081234567890.",
        "Beta sakit, KIS sonde aktif. Beta [NAME], nomor [PHONE].",
        id="a-balinese-birth-order-name-after-beta",
    ),
]

PHONE_LOOKALIKES = [
    pytest.param(
        "Bapa mama hati-hati, tadi ada nomor 081337697296 telpon sa, bilang dia dari Dinas Sosial.",
        "Bapa mama hati-hati, tadi ada nomor 081337697296 telpon sa, bilang dia dari Dinas Sosial.",
        id="posing-after-calling-the-writer",
    ),
    pytest.param(
        "Ada yang WA dari 0812-7774-3028 deng 0853-4616-4616, dua-dua mengaku petugas PKH.",
        "Ada yang WA dari 0812-7774-3028 deng 0853-4616-4616, dua-dua mengaku petugas PKH.",
        id="both-numbers-claim",
    ),
    pytest.param(
        "uang komite disetor ke rek BNI 0853514555 a.n. Komite Sekolah, tp kwitansi tdk dikasi.",
        "uang komite disetor ke rek BNI 0853514555 a.n. Komite Sekolah, tp kwitansi tdk dikasi.",
        id="an-account-held-by-a-committee",
    ),
    pytest.param(
        "Transfer ke rekening usaha BCA 3127849162.",
        "Transfer ke rekening usaha BCA 3127849162.",
        id="a-business-account",
    ),
    pytest.param(
        "Pembayaran ke rek BNI 0811980052 (rekening toko).",
        "Pembayaran ke rek BNI 0811980052 (rekening toko).",
        id="a-shops-account-in-brackets",
    ),
    pytest.param(
        "Dibayar paling lambat tgl 10. Rek BRI 515601004622553 (rekening RT).",
        "Dibayar paling lambat tgl 10. Rek BRI 515601004622553 (rekening RT).",
        id="a-neighbourhoods-account",
    ),
    pytest.param(
        "Sy transfer ke rek BRI 515601004622553 a.n. Yohanes Laka.",
        "Sy transfer ke rek BRI [BANK_ACCOUNT] a.n. [NAME].",
        id="a-persons-account-named-after-it",
    ),
    pytest.param(
        "Kanal: WhatsApp ke 0852-9731-6364\nPelapor: Dirahasiakan",
        "Kanal: WhatsApp ke 0852-9731-6364\nPelapor: Dirahasiakan",
        id="a-channel-by-whatsapp",
    ),
    pytest.param(
        "Rekap kanal pengaduan\nSMS 1708: 48 laporan\nWA 0883752049613: 41 laporan",
        "Rekap kanal pengaduan\nSMS 1708: 48 laporan\nWA 0883752049613: 41 laporan",
        id="a-whatsapp-channel-counted",
    ),
    pytest.param(
        "Pos kamling: 0852 1572 0764 (pos jaga)",
        "Pos kamling: 0852 1572 0764 (pos jaga)",
        id="a-watch-posts-number",
    ),
    pytest.param(
        "Nomor 6283287925577 yang beredar bukan nomor resmi Bank NTT.",
        "Nomor 6283287925577 yang beredar bukan nomor resmi Bank NTT.",
        id="a-circulating-number-disowned",
    ),
    pytest.param(
        "Lamaran dikirim lewat WA 085254716707 (HRD). Biaya pendaftaran Rp 33.500.",
        "Lamaran dikirim lewat WA 085254716707 (HRD). Biaya pendaftaran Rp 33.500.",
        id="a-hiring-desks-whatsapp",
    ),
    pytest.param(
        "ID pel 628175956024 ditolak.",
        "ID pel 628175956024 ditolak.",
        id="a-customer-id-opening-62",
    ),
    pytest.param(
        "Ada telpon dari 087871341707, ngaku kurir J&T, minta transfer Rp 1.750.000 ke DANA "
        "089718394329.",
        "Ada telpon dari 087871341707, ngaku kurir J&T, minta transfer Rp 1.750.000 ke DANA "
        "089718394329.",
        id="a-scams-e-wallet",
    ),
    pytest.param(
        "Sy sdh transfer ke OVO 082342176114, yang punya nama Piter Boimau. Itu penipuan.",
        "Sy sdh transfer ke OVO [PHONE], yang punya nama [NAME]. Itu penipuan.",
        id="an-e-wallet-with-its-owner-named",
    ),
    pytest.param(
        "Bapa mama jangan percaya e, itu tipu-tipu. Nomor 0899-1178-3445 su dilapor ke 1708.",
        "Bapa mama jangan percaya e, itu tipu-tipu. Nomor 0899-1178-3445 su dilapor ke 1708.",
        id="a-number-after-a-scam-is-called-so",
    ),
    pytest.param(
        "Tiket 1\nPuskesmas Penfui: nomor layanan kami berubah. Nomor lama 0813 390 54004 "
        "tidak aktif lagi. Nomor baru: telp 0380821228 / WA 62852701950114.",
        "Tiket 1\nPuskesmas Penfui: nomor layanan kami berubah. Nomor lama 0813 390 54004 "
        "tidak aktif lagi. Nomor baru: telp 0380821228 / WA 62852701950114.",
        id="an-offices-new-lines-with-their-kinds",
    ),
    pytest.param(
        "peternak Dominggus Wangge hp 0818_3830_8462, sdh bayar",
        "peternak [NAME] hp [PHONE], sdh bayar",
        id="underscores-between-groups",
    ),
    pytest.param(
        "HP PRIBADI 0813 • 9969 • 7580",
        "HP PRIBADI [PHONE]",
        id="bullets-between-groups",
    ),
    pytest.param(
        "Nama usaha: Laundry Bersih Kilat\nTelp usaha: +62 813-6585-2016\nHP pemilik: (0856) "
        "4721 6701",
        "Nama usaha: Laundry Bersih Kilat\nTelp usaha: +62 813-6585-2016\nHP pemilik: [PHONE]",
        id="a-business-line-on-a-form",
    ),
    pytest.param(
        "Ada SMS dari 088991900794: 'Rekening BRI Anda diblokir, hubungi CS kami'. Saat "
        "ditelpon minta kode OTP.",
        "Ada SMS dari 088991900794: 'Rekening BRI Anda diblokir, hubungi CS kami'. Saat "
        "ditelpon minta kode OTP.",
        id="a-blocked-account-message",
    ),
    pytest.param(
        "Laporan diterima. Hubungi Seksi Drainase telp (0380) 862358 / WA +62 857-6072-1753.",
        "Laporan diterima. Hubungi Seksi Drainase telp (0380) 862358 / WA +62 857-6072-1753.",
        id="an-offices-section",
    ),
    pytest.param(
        "Ada nomor 088280072689 WA beta, ngaku anak kos sa, minta pulsa Rp 52.000.",
        "Ada nomor 088280072689 WA beta, ngaku anak kos sa, minta pulsa Rp 52.000.",
        id="posing-after-messaging-the-writer",
    ),
    pytest.param(
        "Beta dapa SMS dari 0813.6427.356, katanya beta menang undian motor, suru telpon "
        "0853-7501-1936 untuk klaim.",
        "Beta dapa SMS dari 0813.6427.356, katanya beta menang undian motor, suru telpon "
        "0853-7501-1936 untuk klaim.",
        id="told-to-call-in-kupang-malay",
    ),
    pytest.param(
        "Ada yang jual gas murah di FB. Sa su transfer ke OVO 082342176114, yang punya nama "
        "Piter Boimau.",
        "Ada yang jual gas murah di FB. Sa su transfer ke OVO [PHONE], yang punya nama [NAME].",
        id="a-sentence-ends-after-fb",
    ),
    pytest.param(
        "Cari kos putri dekat Undana. Yang punya info WA sa 0813-1819-8761 (Sarlin)",
        "Cari kos putri dekat Undana. Yang punya info WA sa [PHONE] ([NAME])",
        id="the-writers-whatsapp-in-kupang-malay",
    ),
    pytest.param(
        "Petugas: Nomor sambungan PDAM?\nPenelepon: 05-18-253953.",
        "Petugas: Nomor sambungan PDAM?\nPenelepon: 05-18-253953.",
        id="a-connection-number-asked-of-a-body",
    ),
    pytest.param(
        "Petugas: ID pelanggan PLN?\nPenelepon: 081276352024.",
        "Petugas: ID pelanggan PLN?\nPenelepon: 081276352024.",
        id="a-customer-id-asked-of-a-body",
    ),
    pytest.param(
        "Petugas: Nomor HP yang bisa dihubungi?\nPenelepon: 0889 4851 7231.",
        "Petugas: Nomor HP yang bisa dihubungi?\nPenelepon: [PHONE].",
        id="a-mobile-asked-for",
    ),
    pytest.param(
        "Itu bukan nomor resmi. Pengaduan Dinsos SMS/WA 0821 8058 9476.",
        "Itu bukan nomor resmi. Pengaduan Dinsos SMS/WA 0821 8058 9476.",
        id="an-offices-line-by-two-channels",
    ),
    pytest.param(
        "Hubungi sy SMS/WA 0821 8058 9476.",
        "Hubungi sy SMS/WA [PHONE].",
        id="the-writers-line-by-two-channels",
    ),
    pytest.param(
        "NAMA : YOHANES LAKA\nTELP/HP : 0881 9348 90252",
        "NAMA : [NAME]\nTELP/HP : [PHONE]",
        id="a-forms-telp-hp",
    ),
    pytest.param(
        "Catatan call center: penelepon Yermias Loasana (0380 884826, telp rumah) melapor.",
        "Catatan call center: penelepon [NAME] ([PHONE], telp rumah) melapor.",
        id="a-callers-home-line-said-so-in-its-bracket",
    ),
    pytest.param(
        "NOMOR 0855 9789 0709 DI SPANDUK SEDOT WC ITU BUKAN NOMOR DINAS.",
        "NOMOR 0855 9789 0709 DI SPANDUK SEDOT WC ITU BUKAN NOMOR DINAS.",
        id="a-number-on-a-banner-said-right-after-it",
    ),
    pytest.param(
        'Bising tiap malam. Di papan namanya tulis "LAS KARYA BARU HUB 0882 5353 3156".',
        'Bising tiap malam. Di papan namanya tulis "LAS KARYA BARU HUB 0882 5353 3156".',
        id="a-number-in-a-signs-quoted-words",
    ),
    pytest.param(
        'Spanduk "SEDOT WC hub 0858-2590-3407" dan "LES PRIVAT MASUK PTN WA 081247375637" '
        "dipasang di pohon.",
        'Spanduk "SEDOT WC hub 0858-2590-3407" dan "LES PRIVAT MASUK PTN WA 081247375637" '
        "dipasang di pohon.",
        id="a-banners-second-quote",
    ),
    pytest.param(
        'Stiker ditempel di meteran rumah-rumah di Mantasi:\n"PLN PEDULI - GANTI METER GRATIS - '
        'HUB PETUGAS 0858 9287 0854"',
        'Stiker ditempel di meteran rumah-rumah di Mantasi:\n"PLN PEDULI - GANTI METER GRATIS - '
        'HUB PETUGAS 0858 9287 0854"',
        id="a-stickers-quoted-words-on-the-next-line",
    ),
    pytest.param(
        'Kos sebelah rumah, papannya tulis "Kos Putra Sasando, hub 083105754956 (Ibu Selfi)".',
        'Kos sebelah rumah, papannya tulis "Kos Putra Sasando, hub [PHONE] (Ibu [NAME])".',
        id="a-signs-number-with-its-owner-named",
    ),
    pytest.param(
        'Pak RT bilang "hubungi sa di 0812 3456 7890" waktu rapat.',
        'Pak RT bilang "hubungi sa di [PHONE]" waktu rapat.',
        id="a-quote-that-is-no-sign",
    ),
    pytest.param(
        "Hati-hati, ada yang telpon mengaku kurir J&T, minta data KK. Nomor 082110351841.",
        "Hati-hati, ada yang telpon mengaku kurir J&T, minta data KK. Nomor 082110351841.",
        id="a-claim-ending-with-kk-then-its-number",
    ),
    pytest.param(
        "Tadi ada orang telpon mengaku petugas PLN, minta uang. Ini nomornya 0813 1234 5678.",
        "Tadi ada orang telpon mengaku petugas PLN, minta uang. Ini nomornya 0813 1234 5678.",
        id="a-claim-then-this-is-its-number",
    ),
    pytest.param(
        "Sy mengaku salah. Ini nomor sy 0813 1234 5678.",
        "Sy mengaku salah. Ini nomor sy [PHONE].",
        id="the-writers-own-after-a-confession",
    ),
    pytest.param(
        "Hotline BPJS 165, Care Center juga bisa lewat WA Pandawa +62 818-0684-696.",
        "Hotline BPJS 165, Care Center juga bisa lewat WA Pandawa +62 818-0684-696.",
        id="bpjs-whatsapp-service",
    ),
    pytest.param(
        "No Samb;Nama Pelanggan;HP\n09-17-671734;MARIA ROHI;08138137819\n"
        "12-08-909293;YOHANA MESSAKH;0823166460968",
        "No Samb;Nama Pelanggan;HP\n09-17-671734;[NAME];[PHONE]\n12-08-909293;[NAME];[PHONE]",
        id="connection-numbers-in-pairs-are-no-lines",
    ),
    pytest.param(
        "hubungi 08-12-3456789",
        "hubungi [PHONE]",
        id="a-mobile-written-in-pairs-still-is-one",
    ),
    pytest.param(
        "Nama | HP | Kerugian | Nomor pelaku\nBenediktus Nenobais | 085185695898 | Rp 300.000 | "
        "0882356646944",
        "Nama | HP | Kerugian | Nomor pelaku\n[NAME] | [PHONE] | Rp 300.000 | 0882356646944",
        id="a-victims-register-column-of-scams-numbers",
    ),
    pytest.param(
        "Nama pelaku | Nomor pelaku\nYance Pello | 0882356646944",
        "Nama pelaku | Nomor pelaku\n[NAME] | [PHONE]",
        id="scammers-named-in-their-own-column",
    ),
    pytest.param(
        "SURAT UNDANGAN PENERIMA BANTUAN\nHubungi 082213494304 a/n Bagian Keuangan.",
        "SURAT UNDANGAN PENERIMA BANTUAN\nHubungi 082213494304 a/n Bagian Keuangan.",
        id="a-desk-held-line",
    ),
    pytest.param(
        'Hati-hati, ada nomor 0858-3171-5709 kirim pesan: "Selamat! NIK anda terpilih penerima '
        'BPNT. Klik bit.ly/bpnt"',
        'Hati-hati, ada nomor 0858-3171-5709 kirim pesan: "Selamat! NIK anda terpilih penerima '
        'BPNT. Klik bit.ly/bpnt"',
        id="a-number-sending-a-prize",
    ),
    pytest.param(
        "Ini dari nomor yang ngaku petugas Dukcapil: IMG-0412.jpg. Dia minta NIK dan nama ibu "
        "kandung. Nomornya +62 813-5582-3218",
        "Ini dari nomor yang ngaku petugas Dukcapil: IMG-0412.jpg. Dia minta NIK dan nama ibu "
        "kandung. Nomornya +62 813-5582-3218",
        id="a-claim-two-sentences-before-its-number",
    ),
    pytest.param(
        "Kalo ada info WA sa di 083839200898 ko",
        "Kalo ada info WA sa di [PHONE] ko",
        id="the-writers-whatsapp-at-a-number",
    ),
    pytest.param(
        "Catatan layanan PTSP: pemohon Yohanes Nahak, NPWP 5371022702920087. Kontak 081314839468.",
        "Catatan layanan PTSP: pemohon [NAME], NPWP [NPWP]. Kontak [PHONE].",
        id="an-applicants-contact-in-an-offices-notes",
    ),
]

PHONE_LOOKALIKE_NAMES = [
    pytest.param(
        "KOTKUPANG MOTOR SY DISENGGOL OJOL, NAMA DRIVER DI APLIKASI YOHANES BENU. TLG DITINDAK",
        "KOTKUPANG MOTOR SY DISENGGOL OJOL, NAMA DRIVER DI APLIKASI [NAME]. TLG DITINDAK",
        id="a-role-after-nama-is-the-label",
    ),
    pytest.param(
        "STRUK SETOR\nNAMA TUJUAN KOPERASI SINAR TIMUR\nJUMLAH RP 50.000",
        "STRUK SETOR\nNAMA TUJUAN KOPERASI SINAR TIMUR\nJUMLAH RP 50.000",
        id="a-receipts-destination-label-and-a-body",
    ),
    pytest.param(
        "KOTKUPANG LAMPU JALAN MATI, SDH DILAPOR KE PETUGAS, TERAKHIR 02-04-2026. TLG DICEK",
        "KOTKUPANG LAMPU JALAN MATI, SDH DILAPOR KE PETUGAS, TERAKHIR 02-04-2026. TLG DICEK",
        id="a-time-word-after-a-role",
    ),
    pytest.param(
        "Ada kamar kosong?\n\nKomentar:\nKos Melati Oebufu: ada kak, inbox saja\n"
        "Laundry Bersih Kilat: kami juga terima cuci",
        "Ada kamar kosong?\n\nKomentar:\nKos Melati Oebufu: ada kak, inbox saja\n"
        "Laundry Bersih Kilat: kami juga terima cuci",
        id="a-business-page-commenting",
    ),
    pytest.param(
        "Sy ditipu penjual kambing bernama Marlin Tuames, uang sdh sy kirim.",
        "Sy ditipu penjual kambing bernama [NAME], uang sdh sy kirim.",
        id="a-seller-of-an-animal-named",
    ),
    pytest.param(
        "Tetangga kami Ebed Tuames sakit, tinggal sendiri.",
        "Tetangga kami [NAME] sakit, tinggal sendiri.",
        id="a-neighbour-named-as-ours",
    ),
    pytest.param(
        "Adik kami Ebed Tuames belum pulang sejak Senin.",
        "Adik kami [NAME] belum pulang sejak Senin.",
        id="a-brother-named-as-ours",
    ),
    pytest.param(
        "Toko Bangunan Sumber Rejeki\nDISKON semen dan cat! Alamat Jl. Kenari No. 7, buka tiap"
        " hari.",
        "Toko Bangunan Sumber Rejeki\nDISKON semen dan cat! Alamat Jl. Kenari No. 7, buka tiap"
        " hari.",
        id="a-shops-advert-under-its-name",
    ),
    pytest.param(
        "Toko Bangunan Sumber Rejeki\nSaya beli semen di sini. Alamat: Jl. Kenari No. 7, rumah"
        " saya.",
        "Toko Bangunan Sumber Rejeki\nSaya beli semen di sini. Alamat: [ADDRESS], rumah saya.",
        id="a-writers-home-under-a-shops-name",
    ),
    pytest.param(
        "[03/02/2026 09.10] Sri Rahayu Tunliu: SRI RAHAYU TUNLIU#5371014302930021",
        "[03/02/2026 09.10] [NAME]: [NAME]#[NIK]",
        id="a-family-name-in-capitals-after-a-word-that-is-a-name-too",
    ),
    pytest.param(
        "Pompa rusak sejak 3 Maret 2026. yg pegang kunci 081234567890 (sri wahyuni)",
        "Pompa rusak sejak 3 Maret 2026. yg pegang kunci [PHONE] ([NAME])",
        id="a-lower-case-name-in-a-bracket-after-a-mobile",
    ),
    pytest.param(
        "Keluarga bisa dihubungi di 081234567890 (anaknya, I Ketut).",
        "Keluarga bisa dihubungi di [PHONE] (anaknya, [NAME]).",
        id="a-balinese-name-alone-after-someones-son",
    ),
    pytest.param(
        "DIJUAL MOTOR\nHub. pemilik: I Nyoman 0812 3456 7890",
        "DIJUAL MOTOR\nHub. pemilik: [NAME] [PHONE]",
        id="a-balinese-name-alone-after-an-owner",
    ),
    pytest.param(
        "10.05 | Ebed Tunliu | 081234567890 | lampu jalan mati\n"
        "10.20 | Komite Sekolah | 081298765432 | tanya jadwal",
        "10.05 | [NAME] | [PHONE] | lampu jalan mati\n"
        "10.20 | Komite Sekolah | 081298765432 | tanya jadwal",
        id="a-callers-name-in-a-call-logs-row",
    ),
    pytest.param(
        "10.05 | penelepon tidak sebut nama | 081234567890 | tanya jadwal",
        "10.05 | penelepon tidak sebut nama | [PHONE] | tanya jadwal",
        id="a-caller-unnamed-in-a-call-logs-row",
    ),
    pytest.param(
        "*Diteruskan*\nDari: Ebed Tuames (0812 3456 7890)\nINFO POSYANDU\nDaftar WA 0851 1111 2222",
        "*Diteruskan*\nDari: [NAME] ([PHONE])\nINFO POSYANDU\nDaftar WA 0851 1111 2222",
        id="a-forwards-sender-named-with-a-mobile",
    ),
    pytest.param(
        "08.40 penelepon ebed (tdk sebut marga), lapor lampu jalan mati",
        "08.40 penelepon [NAME] (tdk sebut marga), lapor lampu jalan mati",
        id="a-given-name-before-no-family-name-given",
    ),
    pytest.param(
        "pompa sdh rusak 2 minggu. sy ebed sabneno mohon dibantu",
        "pompa sdh rusak 2 minggu. sy [NAME] mohon dibantu",
        id="a-lower-case-given-name-the-reader-does-not-know-then-a-family-name",
    ),
]


#: E-mails, numbers and homes as people write them in forms, chats and adverts: addresses cut
#: by a line break, branch offices' mailboxes, a card after an emergency unit, a form's text
#: field, an office inviting questions, an advert that opens with the business's name, a caller
#: named before where they live.
EXACT_KINDS_AS_WRITTEN = [
    pytest.param(
        "Mohon balas ke email saya niluh.sukarmini18@rocketmail.\ncom. Terima kasih",
        "Mohon balas ke email saya [EMAIL]. Terima kasih",
        id="an-email-cut-after-its-domains-dot",
    ),
    pytest.param(
        "Mohon balas ke email saya mhaning38\n@yahoo.com. Terima kasih",
        "Mohon balas ke email saya [EMAIL]. Terima kasih",
        id="an-email-cut-before-its-at",
    ),
    pytest.param(
        "Kirim EFIN baru ke email\nliunokasbenediktus.1981@\ngmail.com",
        "Kirim EFIN baru ke email\n[EMAIL]",
        id="an-email-cut-after-its-at",
    ),
    pytest.param(
        "email x@gmail.\nNIK sy belum ada",
        "email x@gmail.\nNIK sy belum ada",
        id="a-sentence-after-a-dot-is-no-domain",
    ),
    pytest.param(
        "kirim ke pengaduan@\nkupangkota.go.id ya",
        "kirim ke pengaduan@\nkupangkota.go.id ya",
        id="a-role-mailbox-cut-by-a-line",
    ),
    pytest.param(
        "Peserta dapat menghubungi email kc.kupang@bpjs-kesehatan.go.id atau "
        "ukpbj@kupangkota.go.id.",
        "Peserta dapat menghubungi email kc.kupang@bpjs-kesehatan.go.id atau "
        "ukpbj@kupangkota.go.id.",
        id="a-branch-office-and-a-procurement-units-mailboxes",
    ),
    pytest.param(
        "Anak saya ditolak di IGD karena kartu JKN 0007229681752 katanya nonaktif.",
        "Anak saya ditolak di IGD karena kartu JKN [BPJS] katanya nonaktif.",
        id="a-card-after-an-emergency-unit",
    ),
    pytest.param(
        "call center BPJS Kesehatan 0811 234 5678",
        "call center BPJS Kesehatan 0811 234 5678",
        id="an-agencys-call-centre-still",
    ),
    pytest.param(
        "Isi Laporan: Saya ditelpon nomor 0857250765222 a.n. Marthen Leba yang mengaku "
        "pegawai Dinsos.",
        "Isi Laporan: Saya ditelpon nomor [PHONE] a.n. [NAME] yang mengaku pegawai Dinsos.",
        id="a-forms-text-field-label-names-no-number",
    ),
    pytest.param(
        "No. Laporan: 08123456789",
        "No. Laporan: 08123456789",
        id="a-report-numbers-label",
    ),
    pytest.param(
        "[05/05/2026 18.33] Bapenda Kota Kupang: Batas bayar PBB 9 Mei. Tanya lewat WA "
        "0812 2500 2213.",
        "[05/05/2026 18.33] Bapenda Kota Kupang: Batas bayar PBB 9 Mei. Tanya lewat WA "
        "0812 2500 2213.",
        id="an-office-inviting-questions-in-its-chat",
    ),
    pytest.param(
        "[05/05/2026 18.33] Yanti: kalau mau tanya WA saya 0812 2500 2213",
        "[05/05/2026 18.33] [NAME]: kalau mau tanya WA saya [PHONE]",
        id="a-person-inviting-questions",
    ),
    pytest.param(
        "FOTOKOPI BERKAT JAYA - cetak pas foto KTP, scan KK. WA 0853 9771 6592. "
        "Jl. R.A. Kartini No. 74, buka 08.00-21.00",
        "FOTOKOPI BERKAT JAYA - cetak pas foto KTP, scan KK. WA 0853 9771 6592. "
        "Jl. R.A. Kartini No. 74, buka 08.00-21.00",
        id="an-advert-opening-with-the-business",
    ),
    pytest.param(
        "Toko Sinar - saya beli semen tapi rusak. Rumah saya Jl. Kenari No. 7",
        "Toko Sinar - saya beli semen tapi rusak. Rumah saya [ADDRESS]",
        id="a-complaint-opening-with-a-shop",
    ),
    pytest.param(
        "Penelepon: Abraham Lakapu, lansia, warga RT 29/RW 11 Kel. Kayu Putih",
        "Penelepon: [NAME], lansia, warga [ADDRESS] Kel. Kayu Putih",
        id="a-caller-named-then-where-they-live",
    ),
    pytest.param(
        "Warga RT 22 RW 13 mengeluh air mati",
        "Warga RT 22 RW 13 mengeluh air mati",
        id="residents-of-an-rt",
    ),
    pytest.param(
        "KOTKUPANG TAGIHAN PLN SY NAIK 3X LIPAT. ANAK SY MASUK IGD",
        "KOTKUPANG TAGIHAN PLN SY NAIK 3X LIPAT. ANAK SY MASUK IGD",
        id="verbs-after-sy-in-capitals",
    ),
    pytest.param(
        "KRONOLOGI: SAYA JEFRY NENOBAIS NAIK TAKSI LONTAR DARI PELABUHAN TENAU",
        "KRONOLOGI: SAYA [NAME] NAIK TAKSI LONTAR DARI PELABUHAN TENAU",
        id="a-name-in-capitals-ends-before-its-verb",
    ),
    pytest.param(
        "supaya nama saya masuk penerima BLT. BERAPA BIAYA BALIK NAMA KENDARAAN? untuk mengambil "
        "bantuan atas nama pemberi kuasa",
        "supaya nama saya masuk penerima BLT. BERAPA BIAYA BALIK NAMA KENDARAAN? untuk mengambil "
        "bantuan atas nama pemberi kuasa",
        id="words-after-nama-that-name-nobody",
    ),
    pytest.param(
        "kotkupang sy mau aktifkan NPWP. tdk ada balasan dr kpp. dominggus",
        "kotkupang sy mau aktifkan NPWP. tdk ada balasan dr kpp. [NAME]",
        id="a-given-name-in-lower-case-closing-an-sms",
    ),
    pytest.param(
        "kotkupang sy mau aktifkan NPWP. tdk ada balasan dr KPP. dominggus",
        "kotkupang sy mau aktifkan NPWP. tdk ada balasan dr KPP. [NAME]",
        id="a-given-name-in-lower-case-after-a-capital-and-its-full-stop",
    ),
    pytest.param(
        "jalan rusak. mohon diperbaiki. selamat",
        "jalan rusak. mohon diperbaiki. selamat",
        id="a-word-closing-an-sms-that-is-no-name",
    ),
    pytest.param(
        "Beta pung NIK 5371030306560093, KK lama 5371031204240712, kaka pung KK 5371031003172680.",
        "Beta pung NIK [NIK], KK lama [KK], kaka pung KK [KK].",
        id="a-card-said-to-be-the-old-one-keeps-its-word",
    ),
    pytest.param(
        "APOTEK KASIH IBU\nJl. Amabi No. 93\nTelp 0380 878351\nNPWP 66.167.115.8-922.000",
        "APOTEK KASIH IBU\nJl. Amabi No. 93\nTelp 0380 878351\nNPWP 66.167.115.8-922.000",
        id="a-shops-npwp-whose-name-holds-ibu",
    ),
    pytest.param(
        "no kartu sy 0005387134295 apa aman? Agus Salim Tualaka 0B53-4138-6O93",
        "no kartu sy [BPJS] apa aman? [NAME] [PHONE]",
        id="a-lettered-mobile-closing-an-sms-after-the-name",
    ),
    pytest.param(
        "KOTKUPANG jalan rusak 0B53-4138-6O93",
        "KOTKUPANG jalan rusak 0B53-4138-6O93",
        id="a-lettered-run-with-no-name-before-it",
    ),
    pytest.param(
        "No HP : 0813-1354-\n010\nEmail : x",
        "No HP : [PHONE]\nEmail : x",
        id="a-mobile-broken-after-its-dash",
    ),
    pytest.param(
        "Jumlah 12.500.\n37000 dibayar",
        "Jumlah 12.500.\n37000 dibayar",
        id="amounts-over-a-line-after-a-dot",
    ),
    pytest.param(
        "Terlapor: pemilik nomor +6285794623872 (identitas belum diketahui), mengaku petugas "
        "Dinas Sosial.",
        "Terlapor: pemilik nomor +6285794623872 (identitas belum diketahui), mengaku petugas "
        "Dinas Sosial.",
        id="a-reported-number-whose-user-is-unknown",
    ),
    pytest.param(
        "Saya terima email ini, apakah resmi?\n---------- Forwarded message ---------\n"
        "Anda berhak restitusi Rp 9.250.000. Kirim data ke WA 082145509666.",
        "Saya terima email ini, apakah resmi?\n---------- Forwarded message ---------\n"
        "Anda berhak restitusi Rp 9.250.000. Kirim data ke WA 082145509666.",
        id="a-prize-then-where-to-send-data",
    ),
    pytest.param(
        "Bapak/Ibu terpilih jadi ketua RT. Silakan hubungi saya 0812 3456 7890",
        "Bapak/Ibu terpilih jadi ketua RT. Silakan hubungi saya [PHONE]",
        id="the-writer-speaking-after-a-selection",
    ),
    pytest.param(
        "From: BPJS Kesehatan <bpjs.kesehatan.klaim@gmail.com>\nSubject: Tunggakan iuran\n\n"
        "Yth peserta, hubungi petugas kami di 0833-4426-0994 sebelum 7/7/2026.",
        "From: BPJS Kesehatan <bpjs.kesehatan.klaim@gmail.com>\nSubject: Tunggakan iuran\n\n"
        "Yth peserta, hubungi petugas kami di 0833-4426-0994 sebelum 7/7/2026.",
        id="an-agencys-mail-naming-our-staff-and-nobody",
    ),
    pytest.param(
        "From: Dinas Sosial <dinsos@kupangkota.go.id>\nSubject: Bantuan\n\n"
        "Yth Bapak, silakan hubungi petugas kami Ibu Maria di 0812 3456 7890.",
        "From: Dinas Sosial <dinsos@kupangkota.go.id>\nSubject: Bantuan\n\n"
        "Yth Bapak, silakan hubungi petugas kami Ibu [NAME] di [PHONE].",
        id="an-offices-mail-naming-its-officer",
    ),
    pytest.param(
        "Asap masuk ke MTsN Kota Kupang di Jl. Lontar No. 108.",
        "Asap masuk ke MTsN Kota Kupang di Jl. Lontar No. 108.",
        id="an-islamic-schools-address",
    ),
    pytest.param(
        "Anak saya sekolah di MTsN, rumah kami di Jl. Lontar No. 108.",
        "Anak saya sekolah di MTsN, rumah kami di [ADDRESS].",
        id="a-home-after-the-school",
    ),
]


#: Offices, businesses and people on social posts, comment threads, scans and chats: who speaks
#: on a line, whose announcement a post is, and whose a number there is.
POSTS_COMMENTS_AND_SCANS = [
    pytest.param(
        "Komentar:\nSarlota Kolo: sa ada, ukuran 8 deng 10. WA +62 812-3113-5871\n"
        "Fotokopi Cahaya Oesapa: kami juga jual buku LKS kak WA 085367954492",
        "Komentar:\n[NAME]: sa ada, ukuran 8 deng 10. WA [PHONE]\n"
        "Fotokopi Cahaya Oesapa: kami juga jual buku LKS kak WA 085367954492",
        id="a-business-commenting-with-its-line",
    ),
    pytest.param(
        "Komentar\nopa_kupang_1960: lansia bisa duluan ko?\ndukcapilkotakupang: Bisa Opa, ada "
        "loket prioritas. Info lanjut 085339315601.",
        "Komentar\nopa_kupang_1960: lansia bisa duluan ko?\ndukcapilkotakupang: Bisa Opa, ada "
        "loket prioritas. Info lanjut 085339315601.",
        id="an-offices-handle-answering",
    ),
    pytest.param(
        "Komentar\nkios_berkah_oebufu: bisa tarik tunai di kios kami ya kak, BRILink buka sampe "
        "jam 21.00 +62 822-2492-23521",
        "Komentar\nkios_berkah_oebufu: bisa tarik tunai di kios kami ya kak, BRILink buka sampe "
        "jam 21.00 +62 822-2492-23521",
        id="a-businesss-handle-speaking-of-itself",
    ),
    pytest.param(
        "Komentar\nBapenda Kota Kupang: Silakan datang ke kantor dengan membawa NIB "
        "8171195737668, atau WA +6285788146972.",
        "Komentar\nBapenda Kota Kupang: Silakan datang ke kantor dengan membawa NIB "
        "8171195737668, atau WA +6285788146972.",
        id="an-office-listing-its-whatsapp-last",
    ),
    pytest.param(
        "[06/03/2026 09.49] Puskesmas Nunbaun Sabu: Jadwal posyandu lansia 10 Maret 2026. "
        "Info: 085270329784",
        "[06/03/2026 09.49] Puskesmas Nunbaun Sabu: Jadwal posyandu lansia 10 Maret 2026. "
        "Info: 085270329784",
        id="an-offices-info-line-in-a-chat",
    ),
    pytest.param(
        "Polresta Kupang Kota mengimbau: segera laporkan kejadian ke call center 110 atau WA "
        "SPKT 0852 726 480469.",
        "Polresta Kupang Kota mengimbau: segera laporkan kejadian ke call center 110 atau WA "
        "SPKT 0852 726 480469.",
        id="a-police-stations-front-desk",
    ),
    pytest.param(
        "Dukcapil Kota Kupang buka layanan hari Sabtu di Mal Pelayanan Publik. Antrian online "
        "via WA 0852-5221-9415.",
        "Dukcapil Kota Kupang buka layanan hari Sabtu di Mal Pelayanan Publik. Antrian online "
        "via WA 0852-5221-9415.",
        id="an-offices-announcement",
    ),
    pytest.param(
        "BAZNAS Kota Kupang membuka posko bantuan. Konfirmasi donasi: WA 085210619229 atau "
        "email baznas.kotakupang@gmail.com",
        "BAZNAS Kota Kupang membuka posko bantuan. Konfirmasi donasi: WA 085210619229 atau "
        "email baznas.kotakupang@gmail.com",
        id="a-zakat-agencys-post",
    ),
    pytest.param(
        "kotkupang sy dpt wa dr +62 812 1698 33962 ngaku dr dinsos minta foto ktp. apa benar? "
        "nomor lain jg +62 813-4932-6263",
        "kotkupang sy dpt wa dr +62 812 1698 33962 ngaku dr dinsos minta foto ktp. apa benar? "
        "nomor lain jg +62 813-4932-6263",
        id="another-number-of-a-scam",
    ),
    pytest.param(
        "Basodara dong, jang percaya e. Nomor 0822-8780-76113 ni ngaku dari Dinas Sosial.",
        "Basodara dong, jang percaya e. Nomor 0822-8780-76113 ni ngaku dari Dinas Sosial.",
        id="kupang-malay-ni-ngaku",
    ),
    pytest.param(
        "[21/04/2026 10.09] Fredik Loasana: Om Imanuel ada tangki, nomornya 081553289611",
        "[21/04/2026 10.09] [NAME]: Om [NAME] ada tangki, nomornya [PHONE]",
        id="a-person-who-has-a-water-tank",
    ),
    pytest.param(
        "MINI MARKET SUMBER REZEKI\nJl. W.J. Lalamentik No. 105 Kupang\nTOTAL Rp 48.000\n"
        "Kritik & saran: WA 0882384534009",
        "MINI MARKET SUMBER REZEKI\nJl. W.J. Lalamentik No. 105 Kupang\nTOTAL Rp 48.000\n"
        "Kritik & saran: WA 0882384534009",
        id="a-shops-receipt",
    ),
    pytest.param(
        "tlg bantu oma sy yesi rihi sakit. istri sy Ince mau melahirkan. kenapa? febriyanti "
        "0822 9988 97492",
        "tlg bantu oma sy [NAME] sakit. istri sy [NAME] mau melahirkan. kenapa? [NAME] [PHONE]",
        id="names-common-in-kupang-from-the-fourteenth-extension",
    ),
    pytest.param(
        "Pekerjaan : PEGAWAI NEGERI SIPIL\nNama Kepala Keluarga : CONTOH\n"
        "KOTKUPANG SY PEDAGANG KECIL DI PASAR. SAYA LAMPIRKAN FOTOKOPI KTP",
        "Pekerjaan : PEGAWAI NEGERI SIPIL\nNama Kepala Keluarga : CONTOH\n"
        "KOTKUPANG SY PEDAGANG KECIL DI PASAR. SAYA LAMPIRKAN FOTOKOPI KTP",
        id="words-in-capitals-that-name-nobody",
    ),
    pytest.param(
        "Komentar\nCounter HP Flobamora Cell: jangan kasih OTP ke siapa pun.\nPejuang Receh NTT: "
        "PKH cair kapan min?",
        "Komentar\nCounter HP Flobamora Cell: jangan kasih OTP ke siapa pun.\nPejuang Receh NTT: "
        "PKH cair kapan min?",
        id="a-shop-and-a-pseudonym-commenting",
    ),
    pytest.param(
        "[19/03/2026 06.54] Simson Bili: Ok. KK kita nomor berapa? Sa lupa\n"
        "[19/03/2026 07.07] Kornelia Rihi: 5371-0513-1207-4919",
        "[19/03/2026 06.54] [NAME]: Ok. KK kita nomor berapa? Sa lupa\n"
        "[19/03/2026 07.07] [NAME]: [KK]",
        id="a-chats-answer-to-a-question-for-the-family-card",
    ),
    pytest.param(
        "Admin Kelurahan: kirim nama, NIK dan nomor KK lama\nDeni: NIK 5371021011600002, KK lama "
        "5371 0205 0708 0299\nNatalia: 5371016612860113 / 5371 0108 0517 8601",
        "Admin Kelurahan: kirim nama, NIK dan nomor KK lama\n[NAME]: NIK [NIK], KK lama "
        "[KK]\n[NAME]: [NIK] / [KK]",
        id="a-request-answered-after-another-answer",
    ),
    pytest.param(
        "HP 085796800069, email mtanujaya33@\ngmail.com.\nHormat saya,",
        "HP [PHONE], email [EMAIL].\nHormat saya,",
        id="an-email-cut-after-its-at-before-a-closing",
    ),
    pytest.param(
        "BANK NTT\nSLIP SETORAN\nRekening Tujuan : 00101024856304\nNama Pemilik Rekening : "
        "KOPERASI SERBA USAHA TUNAS HARAPAN",
        "BANK NTT\nSLIP SETORAN\nRekening Tujuan : 00101024856304\nNama Pemilik Rekening : "
        "KOPERASI SERBA USAHA TUNAS HARAPAN",
        id="a-cooperatives-account-on-a-slip",
    ),
    pytest.param(
        "Transfer ke rekening OSIS Bank NTT 00101026185264.",
        "Transfer ke rekening OSIS Bank NTT 00101026185264.",
        id="a-students-councils-account",
    ),
    pytest.param(
        "MINI MARKET SUMBER REZEKI\nJl. W.J. Lalamentik No. 105 Kupang\nNPWP : "
        "62.583.437.9-922.001",
        "MINI MARKET SUMBER REZEKI\nJl. W.J. Lalamentik No. 105 Kupang\nNPWP : "
        "62.583.437.9-922.001",
        id="a-minimarkets-npwp-on-its-receipt",
    ),
    pytest.param(
        "Kirim CV ke email kantor bimbel.cerdas.kupang@gmail.com atau ke email pribadi sa, "
        "ypellokila60@outlook.com.",
        "Kirim CV ke email kantor bimbel.cerdas.kupang@gmail.com atau ke email pribadi sa, "
        "[EMAIL].",
        id="a-tutoring-businesss-mailbox",
    ),
    pytest.param(
        "Tgl 05-06-2026 17:23:50   Kasir : GERSON\nNo. INV/2676152905 Kasir: 02\n"
        "kasir di toko itu kasar",
        "Tgl 05-06-2026 17:23:50   Kasir : [NAME]\nNo. INV/2676152905 Kasir: 02\n"
        "kasir di toko itu kasar",
        id="a-receipts-cashier",
    ),
    pytest.param(
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nKPP PRATAMA KUPANG\nJl. Palapa No. 366 "
        "Kupang, Telp. (0380) 882839",
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nKPP PRATAMA KUPANG\nJl. Palapa No. 366 "
        "Kupang, Telp. (0380) 882839",
        id="a-tax-offices-letterhead",
    ),
    pytest.param(
        "BRILink AGEN KIOS BERKAH\nJl. Soeharto No. 94 Kupang\nBUKTI SETOR TUNAI",
        "BRILink AGEN KIOS BERKAH\nJl. Soeharto No. 94 Kupang\nBUKTI SETOR TUNAI",
        id="a-bank-agents-receipt",
    ),
    pytest.param(
        "PT POS INDONESIA\nBUKTI PENERIMAAN BANTUAN SOSIAL\nNama KPM : HANS PANDIE\n"
        "NIK : 5371052211650581\nAlamat : RT 8/RW 13 OESAPA SELATAN",
        "PT POS INDONESIA\nBUKTI PENERIMAAN BANTUAN SOSIAL\nNama KPM : [NAME]\n"
        "NIK : [NIK]\nAlamat : [ADDRESS] OESAPA SELATAN",
        id="a-recipients-address-under-a-companys-heading",
    ),
]


#: Owners of numbers in posts, chats, scams' reports, registers and signs; lists of identity
#: numbers; names after phone numbers; offices' seats and mailboxes (the guide's table).
OWNERS_LISTS_AND_LONG_REPORTS = [
    pytest.param(
        "Poli | Hari | Jam | Pendaftaran\nAnak | Senin-Rabu | 08.00-12.00 | WA 0821 2022 9787\n"
        "Gigi | Selasa-Kamis | 09.00-13.00 | WA 0819 9941 205",
        "Poli | Hari | Jam | Pendaftaran\nAnak | Senin-Rabu | 08.00-12.00 | WA 0821 2022 9787\n"
        "Gigi | Selasa-Kamis | 09.00-13.00 | WA 0819 9941 205",
        id="opening-hours-are-no-number",
    ),
    pytest.param(
        "Komentar\nKos Melati Oebufu: Di kami juga ada kak, 0895 5647 2709\nSedot WC Berkah "
        "Abadi: Kami Rp 39.000 saja kak, WA 0811-8307-564\nYanti Lado: sa su WA 🙏",
        "Komentar\nKos Melati Oebufu: Di kami juga ada kak, 0895 5647 2709\nSedot WC Berkah "
        "Abadi: Kami Rp 39.000 saja kak, WA 0811-8307-564\n[NAME]: sa su WA 🙏",
        id="a-boarding-houses-and-a-trades-page-commenting",
    ),
    pytest.param(
        "RSUD S.K. Lerik\n1 mg\nMulai 11 Desember 2026, pendaftaran poli rawat jalan lewat "
        "WhatsApp 0821-5235-3688 (chat saja). Darurat: IGD 0380 840357.",
        "RSUD S.K. Lerik\n1 mg\nMulai 11 Desember 2026, pendaftaran poli rawat jalan lewat "
        "WhatsApp 0821-5235-3688 (chat saja). Darurat: IGD 0380 840357.",
        id="an-offices-post-by-its-page",
    ),
    pytest.param(
        "[18/05/2026 20.38] Dukcapil Kota Kupang: Layanan jemput bola KTP-el di Kantor Camat "
        "Oebobo 22 Mei 2026. Antrian online via WA 0813 2963 6853, format: NAMA#NIK#KEL.",
        "[18/05/2026 20.38] Dukcapil Kota Kupang: Layanan jemput bola KTP-el di Kantor Camat "
        "Oebobo 22 Mei 2026. Antrian online via WA 0813 2963 6853, format: NAMA#NIK#KEL.",
        id="an-offices-chat-line-giving-its-queue",
    ),
    pytest.param(
        'Waspada penipuan tilang online! Ada SMS dari 0852 5403 8311 berisi link "cek denda '
        'tilang".\nKomentar\nlontar_timur: Sa dapat juga dari 0821 3371 6957',
        'Waspada penipuan tilang online! Ada SMS dari 0852 5403 8311 berisi link "cek denda '
        'tilang".\nKomentar\nlontar_timur: Sa dapat juga dari 0821 3371 6957',
        id="a-number-a-scams-message-came-from",
    ),
    pytest.param(
        "Beredar pesan WA dari nomor 0813 3157 939 dan 0852 2514 8132 yang mengaku anggota "
        "Polsek. Nomor lain juga 0823 6627 9200 dengan pesan sama.",
        "Beredar pesan WA dari nomor 0813 3157 939 dan 0852 2514 8132 yang mengaku anggota "
        "Polsek. Nomor lain juga 0823 6627 9200 dengan pesan sama.",
        id="numbers-that-claim-and-one-with-the-same-message",
    ),
    pytest.param(
        "Ada yang telpon dari 0813 9698 892, mengaku namanya Sofia, lalu bawa kabur motor. "
        "Itu penipu.",
        "Ada yang telpon dari [PHONE], mengaku namanya [NAME], lalu bawa kabur motor. Itu penipu.",
        id="a-scam-callers-number-with-its-user-named-later",
    ),
    pytest.param(
        "Kantor Pos Kupang: Waspada penipuan: nomor 0813 8291 310 dan 0811 4551 8698 bukan "
        "milik PT Pos Indonesia. BPJS Kesehatan tidak pernah menghubungi lewat WA 0852 1133 "
        "4409.",
        "Kantor Pos Kupang: Waspada penipuan: nomor 0813 8291 310 dan 0811 4551 8698 bukan "
        "milik PT Pos Indonesia. BPJS Kesehatan tidak pernah menghubungi lewat WA 0852 1133 "
        "4409.",
        id="a-number-an-office-disowns",
    ),
    pytest.param(
        "Itu tipu! Ada lagi yang telpon dari 62 897 0128 8663, mengaku dari Dinas Sosial.",
        "Itu tipu! Ada lagi yang telpon dari 62 897 0128 8663, mengaku dari Dinas Sosial.",
        id="a-scams-number-read-whole",
    ),
    pytest.param(
        "Nama Usaha | Pemilik | HP Pemilik\nKios Pulsa Berkat | Helena Sinlae | 0822 3796 4408"
        "\nUD Laut Timor | (badan usaha) | 0853 2861 4028\n\nNo | Nama Pelaku | Nomor Pelaku | "
        "Kerugian\n1 | Oktovianus Koten | 0851 2680 2055 | Rp 200.000\n2 | tidak diketahui | "
        "0821 7065 6391 | Rp 29.500",
        "Nama Usaha | Pemilik | HP Pemilik\nKios Pulsa Berkat | [NAME] | [PHONE]\nUD Laut "
        "Timor | (badan usaha) | 0853 2861 4028\n\nNo | Nama Pelaku | Nomor Pelaku | Kerugian\n"
        "1 | [NAME] | [PHONE] | Rp 200.000\n2 | tidak diketahui | 0821 7065 6391 | Rp 29.500",
        id="a-body-or-nobody-in-a-registers-row",
    ),
    pytest.param(
        "No | Tiket | Kanal | Status\n1 | LPR-2026-06-29518 | WA 0813-2749-2298 | Proses\n2 | "
        "LPR-2026-06-59132 | Telepon 0380 812456 | Selesai\n\nKecamatan | Lokasi | Kontak\nKota "
        "Raja | Kantor Camat | 0813 8622 7159\nAlak | Aula Kelurahan | 0858 3009 8355",
        "No | Tiket | Kanal | Status\n1 | LPR-2026-06-29518 | WA 0813-2749-2298 | Proses\n2 | "
        "LPR-2026-06-59132 | Telepon 0380 812456 | Selesai\n\nKecamatan | Lokasi | Kontak\nKota "
        "Raja | Kantor Camat | 0813 8622 7159\nAlak | Aula Kelurahan | 0858 3009 8355",
        id="an-offices-channels-clinics-and-places",
    ),
    pytest.param(
        "PENGUMUMAN POSYANDU. Info: kader posyandu 0812-6179-937. Petugas: Boleh ibu hubungi "
        "pendamping wilayah di 0813 9202 4977?",
        "PENGUMUMAN POSYANDU. Info: kader posyandu 0812-6179-937. Petugas: Boleh ibu hubungi "
        "pendamping wilayah di 0813 9202 4977?",
        id="a-role-on-duty-named-by-no-one",
    ),
    pytest.param(
        "KOS PUTRI BERKAT\nTERIMA KOST BULANAN\nHUB. 0812 3456 7781\n(IBU KORNELIA)",
        "KOS PUTRI BERKAT\nTERIMA KOST BULANAN\nHUB. [PHONE]\n(IBU [NAME])",
        id="a-signs-owner-named-in-a-bracket",
    ),
    pytest.param(
        "SPANDUK KELURAHAN ALAK\nLAYANAN ADMINDUK KELILING\nHUB. PETUGAS : 0B22 6070 174I\n"
        "PENGADUAN : SMS 1708",
        "SPANDUK KELURAHAN ALAK\nLAYANAN ADMINDUK KELILING\nHUB. PETUGAS : 0B22 6070 174I\n"
        "PENGADUAN : SMS 1708",
        id="a-banner-and-a-shops-heading-with-letters-for-digits",
    ),
    pytest.param(
        "T0KO BANGUNAN KARYA L0NTAR\nJL. AMABI NO. 14 KUPANG\nTELP/WA 0B52 8211 16724",
        "T0KO BANGUNAN KARYA L0NTAR\nJL. AMABI NO. 14 KUPANG\nTELP/WA 0B52 8211 16724",
        id="a-banner-and-a-shops-heading-with-letters-for-digits-2",
    ),
    pytest.param(
        "Beta su lapor ke Dishub 0380 885518, dong bilang lapor lewat WA 0811 8692 591. Kalo "
        "ada yang minta uang, lapor ke 0823 7031 8008 atau SMS 1708.",
        "Beta su lapor ke Dishub 0380 885518, dong bilang lapor lewat WA 0811 8692 591. Kalo "
        "ada yang minta uang, lapor ke 0823 7031 8008 atau SMS 1708.",
        id="a-channel-one-is-told-to-report-by",
    ),
    pytest.param(
        "Laporkan pungutan ke WA Propam 0813 5566 7788. Sumber: laporan warga via WA Saber "
        "Pungli 0852 9911 2233. Informasi: Care Center 165, Pandawa WA 0811 3822 1165.",
        "Laporkan pungutan ke WA Propam 0813 5566 7788. Sumber: laporan warga via WA Saber "
        "Pungli 0852 9911 2233. Informasi: Care Center 165, Pandawa WA 0811 3822 1165.",
        id="propam-saber-pungli-and-pandawa",
    ),
    pytest.param(
        "Our office line is 0380 833411 but I'm rarely there. Connection no. 02-14-760540, "
        "registered under my late grandfather.",
        "Our office line is 0380 833411 but I'm rarely there. Connection no. 02-14-760540, "
        "registered under my late grandfather.",
        id="an-office-line-and-a-connection-in-english",
    ),
    pytest.param(
        "Kami mohon pindah faskes.\n1. Soleman Sabneno - 0006068163612 - NIK 5371060110970563\n"
        "2. Priska Banunaek - 0003161867761 - NIK 5371055212610421",
        "Kami mohon pindah faskes.\n1. [NAME] - [BPJS] - NIK [NIK]\n2. [NAME] - [BPJS] - NIK [NIK]",
        id="a-label-of-the-next-number-and-a-used-up-word",
    ),
    pytest.param(
        'Dia minta transfer ke rekening 391601664955599 a.n. "UPT SAMSAT PEMUTIHAN". Biaya '
        "administrasi ke rekening 0012345678901 a.n. DINSOS KOTA KUPANG.",
        'Dia minta transfer ke rekening 391601664955599 a.n. "UPT SAMSAT PEMUTIHAN". Biaya '
        "administrasi ke rekening 0012345678901 a.n. DINSOS KOTA KUPANG.",
        id="a-bodys-account-named-in-quotes",
    ),
    pytest.param(
        "Antrean di Dukcapil Jl. Timor Raya No. 52 mulai jam 05.00. Formulir di loket "
        "Bapenda (Jl. Soeharto No. 80).",
        "Antrean di Dukcapil Jl. Timor Raya No. 52 mulai jam 05.00. Formulir di loket "
        "Bapenda (Jl. Soeharto No. 80).",
        id="offices-seats-after-their-short-names",
    ),
    pytest.param(
        "Rekap per RT:\nRT 01: 23 KPM | RT 02: 19 KPM\nJadwal tangki minggu ini: RT 03 Senin, "
        "RT 05 Rabu. Bagi per RT: Senin RT 01\u2013RT 04.",
        "Rekap per RT:\nRT 01: 23 KPM | RT 02: 19 KPM\nJadwal tangki minggu ini: RT 03 Senin, "
        "RT 05 Rabu. Bagi per RT: Senin RT 01\u2013RT 04.",
        id="rts-counted-ranged-and-scheduled",
    ),
    pytest.param(
        "Jual tenda deng kursi. Hub 0853 1633 174 / 0811 8153 8787 (Ancu). Info 0812 3456 "
        "7890 (admin toko).",
        "Jual tenda deng kursi. Hub [PHONE] / [PHONE] ([NAME]). Info 0812 3456 7890 (admin toko).",
        id="a-name-in-a-bracket-after-a-phone-number",
    ),
    pytest.param(
        "Sanggahan: email beasiswa@kupangkota.go.id. To: patrolisiber@polri.go.id. Cc: "
        "notaris.ppat.kupang@gmail.com. Dari: maria.tefa@kupangkota.go.id",
        "Sanggahan: email beasiswa@kupangkota.go.id. To: patrolisiber@polri.go.id. Cc: "
        "notaris.ppat.kupang@gmail.com. Dari: [EMAIL]",
        id="programme-and-unit-mailboxes-on-a-government-host",
    ),
    pytest.param(
        "Rekening penerimaan BLUD: Bank NTT. NPWP rumah sakit: 0902209211921000.",
        "Rekening penerimaan BLUD: Bank NTT. NPWP rumah sakit: 0902209211921000.",
        id="a-hospitals-npwp",
    ),
    pytest.param(
        "Bring your passport. Queue online via WA 0813 7747 1240. No fee.",
        "Bring your passport. Queue online via WA 0813 7747 1240. No fee.",
        id="a-queue-in-english",
    ),
    pytest.param(
        "Sa mau tanya, nomor 0822-7029-000 itu benar petugas PKH? Dia bilang namanya Ferdinand "
        "Leo.\nTadi ada yang telpon dari 0853 4192 6648, mengaku petugas Dukcapil namanya Sri. "
        "Ini penipu.",
        "Sa mau tanya, nomor [PHONE] itu benar petugas PKH? Dia bilang namanya [NAME].\n"
        "Tadi ada yang telpon dari 0853 4192 6648, mengaku petugas Dukcapil namanya [NAME]. "
        "Ini penipu.",
        id="asked-whether-an-offices-then-its-user-named",
    ),
    pytest.param(
        "[21/7/2026 07.05] Admin Puskesmas: Laporan penimbangan dikirim lewat aplikasi "
        "e-PPGBM paling lambat tanggal 5. Kendala aplikasi WA 0812 3456 7781.",
        "[21/7/2026 07.05] Admin Puskesmas: Laporan penimbangan dikirim lewat aplikasi "
        "e-PPGBM paling lambat tanggal 5. Kendala aplikasi WA 0812 3456 7781.",
        id="an-agents-line-for-an-applications-problems",
    ),
]

#: Numbers that look like a person's but are a body's or no phone at all; identity numbers and
#: mailboxes as people type and paste them; notices' headings (the guide's table).
BODIES_NUMBERS_AND_PASTED_IDENTITIES = [
    pytest.param(
        "PEMBERITAHUAN RT 8\nSPPT PBB tahun 2025 sudah dibagikan.\nInfo RT 2: air PDAM mati sejak "
        "Sabtu.",
        "PEMBERITAHUAN RT 8\nSPPT PBB tahun 2025 sudah dibagikan.\nInfo RT 2: air PDAM mati sejak "
        "Sabtu.",
        id="a-neighbourhoods-notice-and-its-info-headings",
    ),
    pytest.param(
        "RSUD S.K. Lerik · 1 hari\nPendaftaran poli rawat jalan lewat WhatsApp 082182542044. "
        "Bawa kartu JKN dan rujukan.",
        "RSUD S.K. Lerik · 1 hari\nPendaftaran poli rawat jalan lewat WhatsApp 082182542044. "
        "Bawa kartu JKN dan rujukan.",
        id="a-registration-said-first-then-its-whatsapp",
    ),
    pytest.param(
        "Daftar penerima BLT sudah ditempel. Jumlah KPM per RT: RT 01: 19, RT 02: 22, RT 03: "
        "15. Sanggahan ke WA 085292586139 paling lambat 11 Juni 2025.",
        "Daftar penerima BLT sudah ditempel. Jumlah KPM per RT: RT 01: 19, RT 02: 22, RT 03: "
        "15. Sanggahan ke WA 085292586139 paling lambat 11 Juni 2025.",
        id="objections-by-whatsapp-and-counts-per-rt",
    ),
    pytest.param(
        "Samsat Kupang: Program pemutihan pajak kendaraan s/d 26 Februari 2026. Cek tagihan via "
        "WA 081325205812.",
        "Samsat Kupang: Program pemutihan pajak kendaraan s/d 26 Februari 2026. Cek tagihan via "
        "WA 081325205812.",
        id="checking-a-bill-by-whatsapp",
    ),
    pytest.param(
        "NIK seperti 5371XXXXXXXXXXXX bisa disalahgunakan untuk pinjol. Laporkan penyalahgunaan "
        "ke WA 085205371686.",
        "NIK seperti 5371XXXXXXXXXXXX bisa disalahgunakan untuk pinjol. Laporkan penyalahgunaan "
        "ke WA 085205371686.",
        id="reporting-misuse-by-whatsapp",
    ),
    pytest.param(
        "Terima kasih Bapak/Ibu. Laporan dicatat nomor LPR-2025-99991. Untuk konfirmasi hubungi "
        "(0380) 838 558.",
        "Terima kasih Bapak/Ibu. Laporan dicatat nomor LPR-2025-99991. Untuk konfirmasi hubungi "
        "(0380) 838 558.",
        id="where-to-confirm-in-an-offices-reply",
    ),
    pytest.param(
        "kotkupang anak sy di SMKN 2 Kupang blm dpt kip. operator sekolah blg hub no "
        "0851-5575-9290. kls 5",
        "kotkupang anak sy di SMKN 2 Kupang blm dpt kip. operator sekolah blg hub no "
        "0851-5575-9290. kls 5",
        id="a-school-operators-line",
    ),
    pytest.param(
        "Transfer ke BRI 0142589330 a.n. Indah Toelle. Info lanjut 081339412275",
        "Transfer ke BRI [BANK_ACCOUNT] a.n. [NAME]. Info lanjut [PHONE]",
        id="more-information-after-a-person-named-stays-theirs",
    ),
    pytest.param(
        "Ferdi Lado: Ada yang tahu nomor travel ke Soe?\nBus Tiara Mas: Kami kak, WA 0812 8850 "
        "0582, berangkat jam 09.26\nCounter Flobamora Cell: Kak kalau mau kirim lewat kami "
        "saja, WA 0813-1742-9183",
        "[NAME]: Ada yang tahu nomor travel ke Soe?\nBus Tiara Mas: Kami kak, WA 0812 8850 "
        "0582, berangkat jam 09.26\nCounter Flobamora Cell: Kak kalau mau kirim lewat kami "
        "saja, WA 0813-1742-9183",
        id="a-bus-companys-and-a-phone-shops-pages",
    ),
    pytest.param(
        "Kause mau cuci darah di RS Leona, antrian baru bisa bulan depan. Beta telpon "
        "0380-811978 dong bilang penuh. Beta pung nomor 081234567890",
        "Kause mau cuci darah di RS Leona, antrian baru bisa bulan depan. Beta telpon "
        "0380-811978 dong bilang penuh. Beta pung nomor [PHONE]",
        id="a-fixed-line-the-writer-called-and-its-answer",
    ),
    pytest.param(
        "KOTKUPANG AMBULANS PUSKESMAS TDK ADA SOPIR. TLP (0380) 876151 TDK ANGKAT. NO TIKET "
        "#9336785",
        "KOTKUPANG AMBULANS PUSKESMAS TDK ADA SOPIR. TLP (0380) 876151 TDK ANGKAT. NO TIKET "
        "#9336785",
        id="a-line-nobody-answers-after-a-sentence-about-a-driver",
    ),
    pytest.param(
        "KWITANSI\nTelah terima dari : Yakob\nUntuk : uang pembangunan\nJumlah : Rp 32.000\nNo "
        ": 081901488648",
        "KWITANSI\nTelah terima dari : [NAME]\nUntuk : uang pembangunan\nJumlah : Rp 32.000\nNo "
        ": 081901488648",
        id="a-receipts-own-number",
    ),
    pytest.param(
        "TANDA TERIMA OBAT\nPUSKESMAS PASIR PANJANG\nNo. Resep 086198411429",
        "TANDA TERIMA OBAT\nPUSKESMAS PASIR PANJANG\nNo. Resep 086198411429",
        id="a-prescriptions-number",
    ),
    pytest.param(
        "SY TLP 1500-017 DISURUH KE CABANG. NO KOMPLAIN 070230562581",
        "SY TLP 1500-017 DISURUH KE CABANG. NO KOMPLAIN 070230562581",
        id="a-complaints-number",
    ),
    pytest.param(
        "Petugas PLN menyebut nomor SPK 088847375445 tanpa izin.",
        "Petugas PLN menyebut nomor SPK 088847375445 tanpa izin.",
        id="a-work-orders-number",
    ),
    pytest.param(
        "kotkupang ojol nopol DH 2238 AK ambil orderan sy (087015813143) tp minta tambah Rp81.000.",
        "kotkupang ojol nopol [PLATE] ambil orderan sy (087015813143) tp minta tambah Rp81.000.",
        id="an-orders-number",
    ),
    pytest.param(
        "[2026-01-05 18.32] Natalia Banoet: Telp sopir langsung 0817-7391-752\n[2026-01-05 "
        "18.57] Stefanus Liunokas: ok makasi",
        "[2026-01-05 18.32] [NAME]: Telp sopir langsung [PHONE]\n[2026-01-05 18.57] [NAME]: ok "
        "makasi",
        id="a-year-first-time-stamp-is-no-number",
    ),
    pytest.param(
        "Hormat saya, Mariana Seuk (0B23-83B5-5890)",
        "Hormat saya, [NAME] ([PHONE])",
        id="a-lettered-mobile-filling-a-bracket",
    ),
    pytest.param(
        "KOTKUPANG TANGKI AIR YG SY PESAN DR OM RONI (OB53-4736-3543) RP600.000 TDK DATANG",
        "KOTKUPANG TANGKI AIR YG SY PESAN DR OM [NAME] ([PHONE]) RP600.000 TDK DATANG",
        id="a-lettered-mobile-in-a-bracket-after-an-uncle",
    ),
    pytest.param(
        "SDH LAPOR PLN MOBILE NO LAPORAN KTK-958536. SY YOANITA RADJA 0B52 9329 5O49",
        "SDH LAPOR PLN MOBILE NO LAPORAN KTK-958536. SY [NAME] [PHONE]",
        id="a-lettered-mobile-in-groups-closing-a-text",
    ),
    pytest.param(
        "benar berdomisili di Griya Liliba Blok D No. 47 sejak 2025.",
        "benar berdomisili di [ADDRESS] sejak 2025.",
        id="a-housing-estate-by-its-own-name",
    ),
    pytest.param(
        "Log 1708 / telepon:\n- Marta Lomi, lansia, warga RT 032/RW 010: bantuan sembako tidak "
        "sampai.",
        "Log 1708 / telepon:\n- [NAME], lansia, warga [ADDRESS]: bantuan sembako tidak sampai.",
        id="a-resident-described-before-warga",
    ),
    pytest.param(
        "From: Wilhelmina Anin <wilhelmina.anin@gmail.com>\nTo: pkh.kotakupang@gmail.com\n"
        "Operator sekolah pung email sdnbakunase2@gmail.com sonde balas.",
        "From: [NAME] <[EMAIL]>\nTo: pkh.kotakupang@gmail.com\nOperator sekolah pung email "
        "sdnbakunase2@gmail.com sonde balas.",
        id="programmes-and-schools-mailboxes",
    ),
    pytest.param(
        "Nama: Oktovianus Bullu | e-mail: oktovianus79@yahoocom",
        "Nama: [NAME] | e-mail: [EMAIL]",
        id="a-free-host-without-its-dot",
    ),
    pytest.param(
        "Beta pung NPWP lama 92 847 675 5 921 000, ma dong bilang sekarang pake NIK sa, "
        "5371042212940030. Beta bingung.",
        "Beta pung NPWP lama [NPWP], ma dong bilang sekarang pake NIK sa, [NPWP]. Beta bingung.",
        id="the-nik-now-the-npwp",
    ),
    pytest.param(
        "NPWP saya 5302046311870002 ditolak saat daftar PPPK, katanya harus sama dengan NIK "
        "saya 5371024104700023.",
        "NPWP saya [NPWP] ditolak saat daftar PPPK, katanya harus sama dengan NIK saya [NIK].",
        id="the-nik-an-npwp-must-equal-stays-a-nik",
    ),
    pytest.param(
        "Catatan: penelepon Titus Riwu Ga, tinggal di Jl. Nusa Indah Nomor 127",
        "Catatan: penelepon [NAME], tinggal di [ADDRESS]",
        id="a-name-closing-with-a-familys-particle",
    ),
    pytest.param(
        "SY TDK TRF KE NOMOR ITU. NAMA NATALIA MAU",
        "SY TDK TRF KE NOMOR ITU. NAMA [NAME]",
        id="mau-closing-a-name-in-capitals",
    ),
    pytest.param(
        "NOTA TOKO KARYA ELEKTRONIK\nTgl : 03-01-2025\nPembeli : INA KASE\nHP : 085322623514",
        "NOTA TOKO KARYA ELEKTRONIK\nTgl : 03-01-2025\nPembeli : [NAME]\nHP : [PHONE]",
        id="a-notes-buyer",
    ),
    pytest.param(
        "PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG\nJl. Kelapa Lima No. 2, Telp. (0380) 847868\n"
        "Nomor: 690/99/PDAM",
        "PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG\nJl. Kelapa Lima No. 2, Telp. (0380) 847868\n"
        "Nomor: 690/99/PDAM",
        id="a-regional-companys-letterhead",
    ),
    pytest.param(
        "Beta Hana Ati, mama dari Gusti, HP 0813 2656 0197. Sonde bayar, rapor ditahan.",
        "Beta [NAME], mama dari [NAME], HP [PHONE]. Sonde bayar, rapor ditahan.",
        id="a-child-named-after-a-parent-writing",
    ),
    pytest.param(
        "KOTKUPANG SY DIMINTA BAYAR PINJOL YG TDK PERNAH SY AMBIL. BANTUAN PKH SY DIPOTONG.",
        "KOTKUPANG SY DIMINTA BAYAR PINJOL YG TDK PERNAH SY AMBIL. BANTUAN PKH SY DIPOTONG.",
        id="verbs-after-sy-in-capitals-are-no-names",
    ),
]

REGISTERS_NOTICES_AND_CALL_LOGS = [
    pytest.param(
        "12.26 | penelepon tidak sebut nama | 0852-6183-8389 | Menanyakan honor kader",
        "12.26 | penelepon tidak sebut nama | [PHONE] | Menanyakan honor kader",
        id="a-caller-who-gave-no-name-keeps-a-personal-line",
    ),
    pytest.param(
        "Penelepon anonim dari 0813 5339 5219 menanyakan jadwal vaksin.",
        "Penelepon anonim dari [PHONE] menanyakan jadwal vaksin.",
        id="an-anonymous-callers-mobile",
    ),
    pytest.param(
        "Laporan dicatat. Untuk konfirmasi hubungi (0380) 838 558 atau WA +62 852-5944-8444.",
        "Laporan dicatat. Untuk konfirmasi hubungi (0380) 838 558 atau WA +62 852-5944-8444.",
        id="a-services-mobile-listed-after-its-fixed-line-in-brackets",
    ),
    pytest.param(
        "KOTKUPANG SY DENGAR DI SUARA KUPANG FM LINE REQUEST 0380 858 961 / SMS 0858 9809 1765, "
        "KATANYA ADA BEASISWA DR PEMKOT. BENAR?",
        "KOTKUPANG SY DENGAR DI SUARA KUPANG FM LINE REQUEST 0380 858 961 / SMS 0858 9809 1765, "
        "KATANYA ADA BEASISWA DR PEMKOT. BENAR?",
        id="a-radio-stations-request-lines",
    ),
    pytest.param(
        "Komentar marthinus taolin: sama kak, sa telp 0380 876 845 disuruh datang kantor",
        "Komentar [NAME]: sama kak, sa telp 0380 876 845 disuruh datang kantor",
        id="a-fixed-line-the-writer-called-in-kupang-malay",
    ),
    pytest.param(
        "Martha Kolo: Ada yang tahu nomor travel ke Soe?\nDamri Kupang: Kami kak, WA "
        "6282394042290, berangkat jam 18.39",
        "[NAME]: Ada yang tahu nomor travel ke Soe?\nDamri Kupang: Kami kak, WA "
        "6282394042290, berangkat jam 18.39",
        id="a-bus-companys-page-answering-in-a-thread",
    ),
    pytest.param(
        "Kami keberatan atas UD Laut Timor (Jl. Sam Ratulangi No. 48, telp (0380) 839-546, WA "
        "082248021763) yang menjual minyak tanah di atas HET.",
        "Kami keberatan atas UD Laut Timor (Jl. Sam Ratulangi No. 48, telp (0380) 839-546, WA "
        "082248021763) yang menjual minyak tanah di atas HET.",
        id="a-trading-companys-lines-in-brackets",
    ),
    pytest.param(
        "Tarif Rp. 465.000\nPengelola: CV Parkir Jaya, Telp 0380 822 027\nSaldo terpotong.",
        "Tarif Rp. 465.000\nPengelola: CV Parkir Jaya, Telp 0380 822 027\nSaldo terpotong.",
        id="a-companys-line-after-its-name",
    ),
    pytest.param(
        "Saya, pemilik CV Maju Jaya, HP 0812 3456 7890, keberatan atas tagihan.",
        "Saya, pemilik CV Maju Jaya, HP [PHONE], keberatan atas tagihan.",
        id="the-owner-of-a-company-giving-their-own-mobile",
    ),
    pytest.param(
        "Saya karyawan PT Semen Kupang, HP 0812 3456 7890. Gaji belum dibayar.",
        "Saya karyawan PT Semen Kupang, HP [PHONE]. Gaji belum dibayar.",
        id="a-person-working-for-a-company-keeps-their-mobile",
    ),
    pytest.param(
        "Waspada penipuan mengatasnamakan bank melalui nomor 085771347012 dan"
        " 0852-8011-5019. Bank tidak pernah minta PIN.",
        "Waspada penipuan mengatasnamakan bank melalui nomor 085771347012 dan"
        " 0852-8011-5019. Bank tidak pernah minta PIN.",
        id="a-scams-second-number-joined-by-dan",
    ),
    pytest.param(
        "Sanggahan: WA 0823-3463-3219",
        "Sanggahan: WA 0823-3463-3219",
        id="a-line-to-object-by-after-a-colon",
    ),
    pytest.param(
        "Cek status dokumen: WA 0852 6743 4393 (chat only) / call center 0380 806879",
        "Cek status dokumen: WA 0852 6743 4393 (chat only) / call center 0380 806879",
        id="a-line-to-check-a-document-by-after-a-colon",
    ),
    pytest.param(
        "Petugas: Kalau begitu ke (0380) 848 984 jam kerja, atau SMS 1708.",
        "Petugas: Kalau begitu ke (0380) 848 984 jam kerja, atau SMS 1708.",
        id="an-agent-sending-the-caller-on",
    ),
    pytest.param(
        "Semuel: masih kak\nKios Pulsa Lontar Cell: Butuh pulsa? WA 0811 8769 3922",
        "[NAME]: masih kak\nKios Pulsa Lontar Cell: Butuh pulsa? WA 0811 8769 3922",
        id="a-shops-page-offering-in-a-thread",
    ),
    pytest.param(
        "Bonifasius Saudale: LPK Cendana juga ada, telp 0380 868 631",
        "[NAME]: LPK Cendana juga ada, telp 0380 868 631",
        id="a-training-institutes-line",
    ),
    pytest.param(
        "3. Dionisius Hayon (67) \u2013 HP cucu 0853859056252\nPendamping sosial kelurahan tidak"
        " bisa dihubungi di 085342231711.",
        "3. [NAME] (67) \u2013 HP cucu [PHONE]\nPendamping sosial kelurahan tidak bisa dihubungi"
        " di 085342231711.",
        id="a-social-worker-said-not-to-answer",
    ),
    pytest.param(
        "KOTKUPANG BLT SY DIPOTONG OLEH OKNUM. PENDAMPING NO 0812-2706-2224 TDK MAU ANGKAT."
        " NO SY 082397358730",
        "KOTKUPANG BLT SY DIPOTONG OLEH OKNUM. PENDAMPING NO 0812-2706-2224 TDK MAU ANGKAT."
        " NO SY [PHONE]",
        id="a-social-workers-number-in-capitals-said-not-to-answer",
    ),
    pytest.param(
        "Pendamping bilang tunggu terus. Pendamping pung nomor 0822 6982 8856 su sonde"
        " aktif. Nomor beta +62813867110.",
        "Pendamping bilang tunggu terus. Pendamping pung nomor 0822 6982 8856 su sonde"
        " aktif. Nomor beta [PHONE].",
        id="a-social-workers-number-in-kupang-malay",
    ),
    pytest.param(
        "Pendamping PKH: Frits Nitbani (0853 3710 6359)\nTKSK Kecamatan Alak: 0838.6944.6498",
        "Pendamping PKH: [NAME] ([PHONE])\nTKSK Kecamatan Alak: 0838.6944.6498",
        id="a-district-welfare-workers-line",
    ),
    pytest.param(
        "Bulan Agustus pendamping PKH kelurahan, Sdri. Priska Meko, bilang nama saya sudah"
        " graduasi. Saya telpon ke nomor pendamping 0896-3988-7841 tidak aktif.",
        "Bulan Agustus pendamping PKH kelurahan, Sdri. [NAME], bilang nama saya sudah"
        " graduasi. Saya telpon ke nomor pendamping [PHONE] tidak aktif.",
        id="a-social-worker-named-earlier-owns-the-number",
    ),
    pytest.param(
        "Pendamping PKH: Frits Nitbani. Sudah sy telpon ke nomor pendamping 0853 3710 6359 tidak"
        " aktif.",
        "Pendamping PKH: [NAME]. Sudah sy telpon ke nomor pendamping [PHONE] tidak aktif.",
        id="a-social-worker-named-without-a-title-owns-the-number",
    ),
    pytest.param(
        "Pendamping PKH: Frits Nitbani (0853 3710 6359)\nTKSK Kecamatan Alak: 0838.6944.6498",
        "Pendamping PKH: [NAME] ([PHONE])\nTKSK Kecamatan Alak: 0838.6944.6498",
        id="another-roles-holder-named-leaves-the-district-workers-line",
    ),
    pytest.param(
        "RT/RW | Nama Ketua | HP\n025/011 | Novri Adu | 081320434402\nKantor Lurah | - |"
        " 0380 874497",
        "RT/RW | Nama Ketua | HP\n[ADDRESS] | [NAME] | [PHONE]\nKantor Lurah | - | 0380 874497",
        id="an-offices-row-with-a-dash-for-the-name",
    ),
    pytest.param(
        "No,Nama Kader,Jabatan,No. HP,Keterangan\n1,RONI"
        " FOENAY,Ketua,087842692066,aktif\n2,ASNAT UMBU"
        " SOGARA,Sekretaris,08135547680,aktif\nKontak Puskesmas"
        " Bakunase,-,-,081350712167,pendaftaran",
        "No,Nama Kader,Jabatan,No."
        " HP,Keterangan\n1,[NAME],Ketua,[PHONE],aktif\n2,[NAME],Sekretaris,[PHONE],aktif\nKontak"
        " Puskesmas Bakunase,-,-,081350712167,pendaftaran",
        id="a-health-centres-contact-row-in-a-sheet-of-cadres",
    ),
    pytest.param(
        "Nama;Tugas;No HP;Alamat\nAprilia Tefa;dapur umum;081252595726;Jl. Sumba No."
        " 101\nPosko BPBD;koordinasi;0838 2205 4845;Jl. Moh. Hatta No. 64",
        "Nama;Tugas;No HP;Alamat\n[NAME];dapur umum;[PHONE];[ADDRESS]\nPosko"
        " BPBD;koordinasi;0838 2205 4845;Jl. Moh. Hatta No. 64",
        id="a-posts-row-among-volunteers",
    ),
    pytest.param(
        "11.01 | Rental Flores Indah | +62 815-8007-3031 | mobil sewa belum kembali\n11.12"
        " | Bus Tiara Mas | 0823-5235-4349 | info jadwal ke Atambua\n11.23 | Terminal"
        " Oebobo | (0380) 879431 | laporan rutin",
        "11.01 | Rental Flores Indah | +62 815-8007-3031 | mobil sewa belum kembali\n11.12"
        " | Bus Tiara Mas | 0823-5235-4349 | info jadwal ke Atambua\n11.23 | Terminal"
        " Oebobo | (0380) 879431 | laporan rutin",
        id="a-call-logs-rows-for-companies-and-a-terminal",
    ),
    pytest.param(
        "DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA\nNomor | Modus | Rekening"
        " tujuan\n0823652277139 | hadiah undian | 0010102963583",
        "DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA\nNomor | Modus | Rekening"
        " tujuan\n0823652277139 | hadiah undian | [BANK_ACCOUNT]",
        id="a-register-of-scams-numbers-under-its-title",
    ),
    pytest.param(
        "DAFTAR PENERIMA HONORARIUM\nNo | Nama | NPWP | Bank | No Rekening | Bruto | PPh"
        " 21\n1 | WILEM TUAMES | 04.376.766.7-920.000 | Mandiri | 1520052844720 | 900.000 |"
        " 5%\nBendahara Pengeluaran, NPWP 211308953922001",
        "DAFTAR PENERIMA HONORARIUM\nNo | Nama | NPWP | Bank | No Rekening | Bruto | PPh"
        " 21\n1 | [NAME] | [NPWP] | Mandiri | [BANK_ACCOUNT] | 900.000 | 5%\nBendahara"
        " Pengeluaran, NPWP 211308953922001",
        id="an-office-treasurers-npwp-under-a-payroll",
    ),
    pytest.param(
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sa 5307021306920101, sama"
        " deng NIK.",
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sa [NPWP], sama deng NIK.",
        id="a-treasurer-asking-for-npwps-holds-none",
    ),
    pytest.param(
        "Nama Badan Usaha : CV CAHAYA TELUK\nNPWP Badan : 0534164004920000\nNPWP Pemohon :"
        " 67.478.367.6-920.000",
        "Nama Badan Usaha : CV CAHAYA TELUK\nNPWP Badan : 0534164004920000\nNPWP Pemohon : [NPWP]",
        id="the-applicants-npwp-under-the-bodys",
    ),
    pytest.param(
        "SURAT PEMBERITAHUAN (SPT) MASA PPN\nNPWP PKP : 0768930823920001\nNama PKP : PT"
        " NUSA LONTAR MEDIKA",
        "SURAT PEMBERITAHUAN (SPT) MASA PPN\nNPWP PKP : 0768930823920001\nNama PKP : PT"
        " NUSA LONTAR MEDIKA",
        id="a-taxable-entrepreneurs-npwp-with-its-company-after",
    ),
    pytest.param(
        "B. PENGHASILAN BRUTO : 4.250.000\nC. IDENTITAS PEMOTONG\nC.1 NPWP : 21.386.955.4-920.002",
        "B. PENGHASILAN BRUTO : 4.250.000\nC. IDENTITAS PEMOTONG\nC.1 NPWP : 21.386.955.4-920.002",
        id="a-withholders-npwp-on-a-withholding-slip",
    ),
    pytest.param(
        "Nama : LAMBERTUS KANA\nNPWP : 5314121109770890 (NIK sebagai NPWP)",
        "Nama : [NAME]\nNPWP : [NPWP] (NIK sebagai NPWP)",
        id="a-nik-said-to-serve-as-the-npwp",
    ),
    pytest.param(
        "Paket,Kode RUP,Pagu,Penyedia,NPWP Penyedia,No Kontrak\nBelanja ATK,58768121,Rp"
        " 15.500.000,UD MUTIARA OEBA,0028583504921001,043/SPK/BPBD/X/2026\nSewa"
        " Tenda,19216837,Rp 900.000,CV MITRA SABU"
        " RAIJUA,804776288921001,199/SPK/DISPERINDAG/X/2026",
        "Paket,Kode RUP,Pagu,Penyedia,NPWP Penyedia,No Kontrak\nBelanja ATK,58768121,Rp"
        " 15.500.000,UD MUTIARA OEBA,0028583504921001,043/SPK/BPBD/X/2026\nSewa"
        " Tenda,19216837,Rp 900.000,CV MITRA SABU"
        " RAIJUA,804776288921001,199/SPK/DISPERINDAG/X/2026",
        id="suppliers-npwps-in-a-procurement-sheet",
    ),
    pytest.param(
        "No | Nama Pelaku Usaha | NIK | Jenis\n1 | WELMINA WILA | 5371024904920551 |"
        " salon\n2 | CV KARYA NUSA FLOBAMORA | 53.672.577.2-921.000 | percetakan",
        "No | Nama Pelaku Usaha | NIK | Jenis\n1 | [NAME] | [NIK] | salon\n2 | CV KARYA"
        " NUSA FLOBAMORA | 53.672.577.2-921.000 | percetakan",
        id="a-register-of-entrepreneurs",
    ),
    pytest.param(
        "Honor ditransfer dari rekening BOS sekolah 00101029635834 (a.n. SD INPRES BAKUNASE 2).",
        "Honor ditransfer dari rekening BOS sekolah 00101029635834 (a.n. SD INPRES BAKUNASE 2).",
        id="a-schools-account-in-brackets",
    ),
    pytest.param(
        "Tender kode 84727615 dimenangkan CV TIGA SAUDARA TIMOR (NPWP 0532649181920001).",
        "Tender kode 84727615 dimenangkan CV TIGA SAUDARA TIMOR (NPWP 0532649181920001).",
        id="a-title-word-inside-a-companys-name",
    ),
]

NAMES_HOMES_AND_SCHEDULES = [
    pytest.param(
        "Oma Selfina tinggal sendiri di rumah. Yang mau bantu hub cucunya, Sa Bobi 0821 9330 6709.",
        "Oma [NAME] tinggal sendiri di rumah. Yang mau bantu hub cucunya, Sa [NAME] [PHONE].",
        id="kupang-malays-sa-before-a-known-given-name",
    ),
    pytest.param(
        "Forwarded\nSalam kasih. Kami galang dana untuk adik Elkana yang sakit.",
        "Forwarded\nSalam kasih. Kami galang dana untuk adik [NAME] yang sakit.",
        id="salam-kasih-is-a-greeting",
    ),
    pytest.param(
        "Mama Muda Kupang: Posyandu Bunga Indah buka hari ini?",
        "Mama Muda Kupang: Posyandu Bunga Indah buka hari ini?",
        id="mama-muda-is-a-group",
    ),
    pytest.param(
        "kotkupang sy meryana lay, anak sy tdk dapat PIP padahal terdaftar.",
        "kotkupang sy [NAME], anak sy tdk dapat PIP padahal terdaftar.",
        id="a-given-name-of-the-region-in-lower-case",
    ),
    pytest.param(
        "Puskesmas Sikumana: Jadwal fogging: RT 41 hari Selasa, RT 9 hari Kamis, RT 3 hari"
        " Sabtu. Mohon rumah dibuka.",
        "Puskesmas Sikumana: Jadwal fogging: RT 41 hari Selasa, RT 9 hari Kamis, RT 3 hari"
        " Sabtu. Mohon rumah dibuka.",
        id="rts-given-their-turn-in-a-schedule",
    ),
    pytest.param(
        "Saya tinggal di RT 16, hari Senin kemarin banjir masuk rumah.",
        "Saya tinggal di [ADDRESS], hari Senin kemarin banjir masuk rumah.",
        id="a-home-rt-before-a-day-stays-a-home",
    ),
    pytest.param(
        "Notulen Rapat RT 22 / RW 7, Kel. Oesapa Barat\nMinggu, 05-05-2026",
        "Notulen Rapat RT 22 / RW 7, Kel. Oesapa Barat\nMinggu, 05-05-2026",
        id="an-rt-heading-minutes",
    ),
    pytest.param(
        "BUKU TAMU / REGISTER PENDUDUK PENDATANG RT 2\nTgl | Nama | Asal",
        "BUKU TAMU / REGISTER PENDUDUK PENDATANG RT 2\nTgl | Nama | Asal",
        id="an-rt-heading-a-register-after-a-slash",
    ),
    pytest.param(
        "Jadwal giliran air tangki Kel. Oesapa\nRT | Hari | Titik pengisian\nRT 11 | Senin"
        " | halaman Gereja GMIT Koinonia\nRT 40 | Rabu | depan Masjid Al-Ikhlas",
        "Jadwal giliran air tangki Kel. Oesapa\nRT | Hari | Titik pengisian\nRT 11 | Senin"
        " | halaman Gereja GMIT Koinonia\nRT 40 | Rabu | depan Masjid Al-Ikhlas",
        id="a-schedules-table-of-rts",
    ),
    pytest.param(
        "Hati-hati warga sekitar RT 12 Naikoten I! Tadi malam ada pencurian motor.",
        "Hati-hati warga sekitar RT 12 Naikoten I! Tadi malam ada pencurian motor.",
        id="the-residents-around-an-rt",
    ),
    pytest.param(
        "Antrean sampai ke jalan, lansia pingsan. Mohon dibagi per RT 14/RW 11.",
        "Antrean sampai ke jalan, lansia pingsan. Mohon dibagi per RT 14/RW 11.",
        id="a-share-per-rt",
    ),
    pytest.param(
        "Terima kasih Dinas Perkim dan anak muda RT 22. Rumah sekarang sudah layak huni.",
        "Terima kasih Dinas Perkim dan anak muda RT 22. Rumah sekarang sudah layak huni.",
        id="the-youth-of-an-rt",
    ),
    pytest.param(
        "DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA\nNomor | Modus | Tgl"
        " lapor\n0823-4057-1849 | undian berhadiah Pemkot | 03/02/2026\n0853-4935-7592 |"
        " bantuan bedah rumah palsu | 6/2/2026",
        "DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA\nNomor | Modus | Tgl"
        " lapor\n0823-4057-1849 | undian berhadiah Pemkot | 03/02/2026\n0853-4935-7592 |"
        " bantuan bedah rumah palsu | 6/2/2026",
        id="a-register-of-scams-numbers-with-a-bare-number-column",
    ),
    pytest.param(
        "KOTKUPANG ADA SMS DR 081275226873 BILANG SY MENANG UNDIAN RP 20 JT. TLG DICEK.",
        "KOTKUPANG ADA SMS DR 081275226873 BILANG SY MENANG UNDIAN RP 20 JT. TLG DICEK.",
        id="a-prize-announced-after-bilang-in-capitals",
    ),
    pytest.param(
        "Nomor yg dilaporkan warga sbg penipu: 0851 3865 2606. Diteruskan ke Polresta.",
        "Nomor yg dilaporkan warga sbg penipu: 0851 3865 2606. Diteruskan ke Polresta.",
        id="a-number-reported-as-a-scams-after-sbg-penipu",
    ),
]

TAX_NUMBERS_AND_CALLERS_LINES = [
    pytest.param(
        "Berikut data saya:\nNPWP: 44.397.81\n1.4-920.000\nTerima kasih.",
        "Berikut data saya:\nNPWP: [NPWP]\nTerima kasih.",
        id="an-old-npwp-broken-inside-a-group-by-a-line-break",
    ),
    pytest.param(
        "NPWP : 45.874\n.478.1-920.000\nJenis SPT : 1770 S",
        "NPWP : [NPWP]\nJenis SPT : 1770 S",
        id="an-old-npwp-broken-before-a-dot",
    ),
    pytest.param(
        "KOTKUPANG MAU TANYA NPWP SY YG LAMA 48.070.082.1-922.000 APA MSH BERLAKU? KATANYA SKRG "
        "PAKAI NIK 5371065205740487. TRIMS.",
        "KOTKUPANG MAU TANYA NPWP SY YG LAMA [NPWP] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK "
        "[NPWP]. TRIMS.",
        id="a-nik-said-to-be-the-npwp-now-after-the-old-one",
    ),
    pytest.param(
        "NPWP saya di daftar gaji masih 59.523.831.1.922.000. Mohon diperbaiki ke NIK "
        "5371032501970235.",
        "NPWP saya di daftar gaji masih [NPWP]. Mohon diperbaiki ke NIK [NPWP].",
        id="an-npwp-to-be-corrected-to-the-nik",
    ),
    pytest.param(
        "HONOR SY DIPOTONG 6% KRN TDK PUNYA NPWP. PDHL NIK SY 5371064804960198 SDH JD NPWP.",
        "HONOR SY DIPOTONG 6% KRN TDK PUNYA NPWP. PDHL NIK SY [NPWP] SDH JD NPWP.",
        id="a-nik-said-after-it-to-have-become-the-npwp",
    ),
    pytest.param(
        "Beta tanya, 'jadi sekarang NPWP beta apa?' Dia bilang, 'Bapa pung NIK tu, "
        "5371032402010830.'",
        "Beta tanya, 'jadi sekarang NPWP beta apa?' Dia bilang, 'Bapa pung NIK tu, [NPWP].'",
        id="a-nik-given-as-the-npwp-now-asked-for",
    ),
    pytest.param(
        "Bendahara minta NPWP aparat. Sekdes punya 57.319.912.2-920.000. Punya saya pribadi sama "
        "dengan NIK, 5301182405760276",
        "Bendahara minta NPWP aparat. Sekdes punya [NPWP]. Punya saya pribadi sama dengan NIK, "
        "[NPWP]",
        id="the-writers-own-npwp-said-to-be-the-nik",
    ),
    pytest.param(
        "Petugas jelaskan NPWP orang pribadi sekarang = NIK. Pelapor sebut NIK 5371100812000050 "
        "tapi ragu.",
        "Petugas jelaskan NPWP orang pribadi sekarang = NIK. Pelapor sebut NIK [NIK] tapi ragu.",
        id="a-nik-in-the-sentence-after-the-npwp-that-is-the-nik",
    ),
    pytest.param(
        "diminta npwp, sy pake nik sj boleh? 5371 0260 0168 0349. dr pelapor",
        "diminta npwp, sy pake nik sj boleh? [NIK]. dr pelapor",
        id="a-nik-offered-in-place-of-an-npwp",
    ),
    pytest.param(
        "TAPI NPWP SY DITOLAK, KATANYA HARUS SAMA DENGAN NIK SY 5371024506580471. SY SUDAH COBA.",
        "TAPI NPWP SY DITOLAK, KATANYA HARUS SAMA DENGAN NIK SY [NIK]. SY SUDAH COBA.",
        id="a-nik-after-a-refused-npwp",
    ),
    pytest.param(
        "mau balik nama perlu npwp sy? nik sy 5371 0650 0961 0182",
        "mau balik nama perlu npwp sy? nik sy [NIK]",
        id="a-nik-after-a-question-about-the-npwp",
    ),
    pytest.param(
        "NPWP : - (belum ada, pakai NIK 5301205009000457)",
        "NPWP : - (belum ada, pakai NIK [NIK])",
        id="a-nik-used-where-there-is-no-npwp",
    ),
    pytest.param(
        "KOTKUPANG NIK/NPWP SY 5371040208810792 SUDAH DILAPOR KE BENDAHARA.",
        "KOTKUPANG NIK/NPWP SY [NIK] SUDAH DILAPOR KE BENDAHARA.",
        id="a-field-naming-the-nik-first",
    ),
    pytest.param(
        "SPT sudah kami lapor. NPWP yang kami gunakan 5302194307000513 (NIK).",
        "SPT sudah kami lapor. NPWP yang kami gunakan [NPWP] (NIK).",
        id="an-npwp-said-in-brackets-to-be-the-nik",
    ),
    pytest.param(
        "Isi: NITKU saya 5371025105580711000000 muncul di faktur toko bangunan",
        "Isi: NITKU saya [NPWP] muncul di faktur toko bangunan",
        id="a-persons-nitku",
    ),
    pytest.param(
        "Dokumen penawaran: NITKU 0615890138921001000001, NIB 0290465842634.",
        "Dokumen penawaran: NITKU 0615890138921001000001, NIB 0290465842634.",
        id="a-bodys-nitku",
    ),
    pytest.param(
        "KPP Pratama Kupang: Contoh format: 09.123.456.7-920.000 menjadi 0091234567920000",
        "KPP Pratama Kupang: Contoh format: 09.123.456.7-920.000 menjadi 0091234567920000",
        id="an-example-npwp",
    ),
    pytest.param(
        "SPESIMEN KARTU NPWP\nNPWP : 00.000.000.0-000.000\nNAMA : NAMA WAJIB PAJAK",
        "SPESIMEN KARTU NPWP\nNPWP : 00.000.000.0-000.000\nNAMA : NAMA WAJIB PAJAK",
        id="a-specimen-cards-npwp",
    ),
    pytest.param(
        "Bendahara bilang NPWP DPMPTSP 026199131920001 yang potong pajak, bukan NPWP guru.",
        "Bendahara bilang NPWP DPMPTSP 026199131920001 yang potong pajak, bukan NPWP guru.",
        id="an-offices-npwp-by-its-short-name",
    ),
    pytest.param(
        "Gereja kami pung NPWP 0745744055920000 (NPWP Majelis Jemaat), jadi honor koster dipotong",
        "Gereja kami pung NPWP 0745744055920000 (NPWP Majelis Jemaat), jadi honor koster dipotong",
        id="a-bodys-npwp-named-in-brackets-after-it",
    ),
    pytest.param(
        "Ini beta pung NPWP yang bendahara minta kemarin. Sonde ada kartu, cuma foto:\n"
        "48.026.377.9-920.0\n00\nTrims",
        "Ini beta pung NPWP yang bendahara minta kemarin. Sonde ada kartu, cuma foto:\n"
        "[NPWP]\nTrims",
        id="the-npwp-a-treasurer-asked-for",
    ),
    pytest.param(
        "Rekap NPWP tenaga kontrak (diminta bendahara)\nYaneth Ully — 5371035002610702\n"
        "Yohana Boimau — 82 030 645 3 921 000\nDeborah Lulu — belum punya, NIK 5301116502760301",
        "Rekap NPWP tenaga kontrak (diminta bendahara)\n[NAME] — [NPWP]\n"
        "[NAME] — [NPWP]\n[NAME] — belum punya, NIK [NIK]",
        id="rows-of-a-list-of-npwps",
    ),
    pytest.param(
        "Subject: Rekap NPWP guru honor SMPN 12 Kupang\n\nIni rekap yang diminta bendahara:\n\n"
        "1. Semuel Bengu — 09.253.308.1-920.000\n2. Florensia Djo Rohi — 0099196788921000\n",
        "Subject: Rekap NPWP guru honor SMPN 12 Kupang\n\nIni rekap yang diminta bendahara:\n\n"
        "1. [NAME] — [NPWP]\n2. [NAME] — [NPWP]\n",
        id="rows-under-a-heading-naming-a-school",
    ),
    pytest.param(
        "KWITANSI\nRSUD KOTA KUPANG\nJumlah : Rp 750.000\nNPWP dokter : 79.047.582.2-920.000\n",
        "KWITANSI\nRSUD KOTA KUPANG\nJumlah : Rp 750.000\nNPWP dokter : [NPWP]\n",
        id="an-npwp-named-for-its-holders-work",
    ),
    pytest.param(
        "Collector pakai nomor 62858513939221 dan 085220344529, tidak sebut nama.",
        "Collector pakai nomor 62858513939221 dan 085220344529, tidak sebut nama.",
        id="a-lenders-collectors-numbers-with-nobody-named",
    ),
    pytest.param(
        "KOTKUPANG PINJOL TAGIH SY PAKAI NOMOR 0857662085378, 0813 4711 9426 DAN 0819-7018-5415.",
        "KOTKUPANG PINJOL TAGIH SY PAKAI NOMOR 0857662085378, 0813 4711 9426 DAN 0819-7018-5415.",
        id="a-list-of-a-lenders-numbers",
    ),
    pytest.param(
        "Penagih atas nama Yosef pakai nomor 081234567890 datang ke rumah.",
        "Penagih atas nama [NAME] pakai nomor [PHONE] datang ke rumah.",
        id="a-collector-who-gives-a-name",
    ),
    pytest.param(
        "Hadiah Rp100.000. Informasi panitia: 089637153563.",
        "Hadiah Rp100.000. Informasi panitia: 089637153563.",
        id="a-committees-line",
    ),
    pytest.param(
        "Tiket LPR-2025-0962-7035. Piket 24 jam: 0822859967078.",
        "Tiket LPR-2025-0962-7035. Piket 24 jam: 0822859967078.",
        id="a-duty-desks-line",
    ),
    pytest.param(
        'SEDOT WC\n"BERKAH ABADI"\nCEPAT BERSIH\nHUB: 0896 8993 43328 / 085380307841\n',
        'SEDOT WC\n"BERKAH ABADI"\nCEPAT BERSIH\nHUB: 0896 8993 43328 / 085380307841\n',
        id="a-business-posters-lines",
    ),
    pytest.param(
        "Depot di Jl. Adisucipto No. 43 jual air kuning.",
        "Depot di Jl. Adisucipto No. 43 jual air kuning.",
        id="a-depots-street",
    ),
    pytest.param(
        'Travel "Timor Express" (kantor Jl. R.A. Kartini No. 93, telp (0380) 819669) menurunkan '
        "kami di Noelbaki.",
        'Travel "Timor Express" (kantor Jl. R.A. Kartini No. 93, telp (0380) 819669) menurunkan '
        "kami di Noelbaki.",
        id="a-companys-office-in-brackets",
    ),
    pytest.param(
        "Saya, Wulan Lay, pemilik kios sembako di Jln. Oelnasi no. 64, Kel. Airnona.",
        "Saya, [NAME], pemilik kios sembako di [ADDRESS], Kel. Airnona.",
        id="a-shop-its-owner-keeps",
    ),
    pytest.param(
        "DAFTAR NOMOR PENTING SIAGA BANJIR\nBPBD Kota Kupang: (0380) 854 805\nPusdalops: "
        "082141318927\nDamkar: 113 / 0380-814066\nKetua RT 2: Bpk. Frengky Djami 0852 4586 8731\n",
        "DAFTAR NOMOR PENTING SIAGA BANJIR\nBPBD Kota Kupang: (0380) 854 805\nPusdalops: "
        "082141318927\nDamkar: 113 / 0380-814066\nKetua RT 2: Bpk. [NAME] [PHONE]\n",
        id="a-directorys-rows",
    ),
    pytest.param(
        "Agustina Otu: Kapan bansos cair?\nDinas Sosial Kota Kupang: Silakan kirim data "
        "lengkap ke WA 0821 7010 9333, bu.",
        "[NAME]: Kapan bansos cair?\nDinas Sosial Kota Kupang: Silakan kirim data "
        "lengkap ke WA 0821 7010 9333, bu.",
        id="a-bodys-own-turn-in-a-thread",
    ),
    pytest.param(
        "Waspada modus telepon mengaku petugas Dukcapil meminta data NIK. Contoh nomor yang "
        "dilaporkan: 0853 6854 9804, 085142169578.",
        "Waspada modus telepon mengaku petugas Dukcapil meminta data NIK. Contoh nomor yang "
        "dilaporkan: 0853 6854 9804, 085142169578.",
        id="numbers-a-warning-lists-as-reported",
    ),
    pytest.param(
        "WASPADA PENIPUAN\nAkun ini pakai foto Pak Lurah dan minta transfer. Nomor yang dipakai "
        "+62 856-3017-78881.",
        "WASPADA PENIPUAN\nAkun ini pakai foto Pak Lurah dan minta transfer. Nomor yang dipakai "
        "+62 856-3017-78881.",
        id="the-number-a-scam-used-after-a-warning",
    ),
    pytest.param(
        "Pembagian air bersih:\nRT 37 \u2013 hari Senin \u2013 titik: depan gereja\n"
        "RT 3 \u2013 hari Rabu \u2013 titik: lapangan",
        "Pembagian air bersih:\nRT 37 \u2013 hari Senin \u2013 titik: depan gereja\n"
        "RT 3 \u2013 hari Rabu \u2013 titik: lapangan",
        id="rts-in-a-schedules-rows-after-a-dash",
    ),
    pytest.param(
        "Jumlah KPM per RT \u2013 Kel. Batuplat\nRT 01: 16 | RT 02: 26 | RT 03: 42\n"
        "RT 04: 13 | RT 05: 24",
        "Jumlah KPM per RT \u2013 Kel. Batuplat\nRT 01: 16 | RT 02: 26 | RT 03: 42\n"
        "RT 04: 13 | RT 05: 24",
        id="rts-counted-in-a-tables-cells",
    ),
    pytest.param(
        "POSYANDU LANSIA\nKADER : FEBRIANA ULLY 0B13-S253-7129\nINFO PUSKESMAS NAIONI 0380-852568",
        "POSYANDU LANSIA\nKADER : [NAME] [PHONE]\nINFO PUSKESMAS NAIONI 0380-852568",
        id="a-lettered-mobile-right-after-a-name",
    ),
]

#: Notices, desks, logs, scams' numbers and numbers given as theirs.
NOTICES_DESKS_AND_SCAMS_LINES = [
    pytest.param(
        "Penyaluran BPNT tahap 9 mulai 9 Agustus 2026. Bawa KTP dan KKS. Pertanyaan: WA "
        "+62 821-4367-2997 (jam kerja).",
        "Penyaluran BPNT tahap 9 mulai 9 Agustus 2026. Bawa KTP dan KKS. Pertanyaan: WA "
        "+62 821-4367-2997 (jam kerja).",
        id="a-notices-label-of-where-to-ask",
    ),
    pytest.param(
        "Rute angkot lampu 5 dialihkan. Keluhan angkutan kota: WA 62852648967019.",
        "Rute angkot lampu 5 dialihkan. Keluhan angkutan kota: WA 62852648967019.",
        id="a-notices-label-of-where-to-complain",
    ),
    pytest.param(
        "Info dari PDAM: air mati hari Selasa. Gangguan lapor WA 088263256243 atau call center.",
        "Info dari PDAM: air mati hari Selasa. Gangguan lapor WA 088263256243 atau call center.",
        id="where-to-report-with-the-channel-alone",
    ),
    pytest.param(
        "Ambil nomor via WA 0813 1504 2200, kuota 150/hari.",
        "Ambil nomor via WA 0813 1504 2200, kuota 150/hari.",
        id="where-to-get-a-queue-number",
    ),
    pytest.param(
        "Keluhan saya: WA 0812 3456 7890 tidak dibalas.",
        "Keluhan saya: WA [PHONE] tidak dibalas.",
        id="the-writers-word-in-the-label-keeps-the-phone",
    ),
    pytest.param(
        "Telepon resepsionis (0380) 830490, WA front office +62 822-6650-6889.",
        "Telepon resepsionis (0380) 830490, WA front office +62 822-6650-6889.",
        id="a-hotels-desk",
    ),
    pytest.param(
        "Anak itu pakai baju merah. Yang kenal hubungi satpam 0821 4373 4164 atau Om Jefri "
        "Oematan 0823-5190-8587.",
        "Anak itu pakai baju merah. Yang kenal hubungi satpam 0821 4373 4164 atau Om [NAME] "
        "[PHONE].",
        id="a-guard-unnamed-beside-a-named-person",
    ),
    pytest.param(
        "PENDATAAN LANSIA\nKONTAK PENDAMPING :\n0812 4069 8233",
        "PENDATAAN LANSIA\nKONTAK PENDAMPING :\n0812 4069 8233",
        id="a-posters-role-on-the-line-above",
    ),
    pytest.param(
        "Log 25/11\n08.42 | MIN Kota Kupang | (0380) 834922 | banjir\n"
        "08.55 | Yohanes Ndun | 0812 3456 7890 | jalan rusak",
        "Log 25/11\n08.42 | MIN Kota Kupang | (0380) 834922 | banjir\n"
        "08.55 | [NAME] | [PHONE] | jalan rusak",
        id="a-body-calling-in-a-logs-row",
    ),
    pytest.param(
        "20.27 UD Berkat Timor, 085260757677: tanya jadwal bongkar muat",
        "20.27 UD Berkat Timor, 085260757677: tanya jadwal bongkar muat",
        id="a-company-calling-in-a-logs-row",
    ),
    pytest.param(
        "25/11/2026 12.33 \u2013 Telp dari Hotel Sasando (0380) 860399, tanya soal tamu.",
        "25/11/2026 12.33 \u2013 Telp dari Hotel Sasando (0380) 860399, tanya soal tamu.",
        id="a-hotel-calling-in-a-logs-row",
    ),
    pytest.param(
        "Ada orang mengaku dari UPTD tagih retribusi pake nomor 6281323065792, bilang transfer.",
        "Ada orang mengaku dari UPTD tagih retribusi pake nomor 6281323065792, bilang transfer.",
        id="the-number-a-scam-used",
    ),
    pytest.param(
        "Awas! Ada yang mengaku Pak Obed Dju Dara, staf Wali Kota, pakai WA 083339132429 minta "
        "sumbangan.",
        "Awas! Ada yang mengaku Pak [NAME], staf Wali Kota, pakai WA [PHONE] minta sumbangan.",
        id="the-number-a-scam-used-with-its-user-named",
    ),
    pytest.param(
        "Ada penipuan. Saya pakai nomor 081234567890 untuk lapor.",
        "Ada penipuan. Saya pakai nomor [PHONE] untuk lapor.",
        id="the-number-the-writer-uses",
    ),
    pytest.param(
        "Info 0852 6389 1103. Hati-hati nomor +62 812-4886-3918 yang minta biaya daftar.",
        "Info [PHONE]. Hati-hati nomor +62 812-4886-3918 yang minta biaya daftar.",
        id="a-number-a-warning-names",
    ),
    pytest.param(
        "Terus nomor +6282396442685 lai telpon, ngaku dari bank.",
        "Terus nomor +6282396442685 lai telpon, ngaku dari bank.",
        id="a-claim-a-word-or-two-after-the-number",
    ),
    pytest.param(
        "Petugas: Bapak ditelpon dari nomor berapa?\nPenelepon: 0852 470 0226. Dia bilang dari "
        "bank.",
        "Petugas: Bapak ditelpon dari nomor berapa?\nPenelepon: 0852 470 0226. Dia bilang dari "
        "bank.",
        id="a-callers-claim-in-the-next-sentence",
    ),
    pytest.param(
        "Pak Yohanes Ndun 0812 3456 7890. Dia bilang dari kelurahan.",
        "Pak [NAME] [PHONE]. Dia bilang dari kelurahan.",
        id="a-named-persons-number-before-where-they-are-from",
    ),
    pytest.param(
        "[06/05/2026 15.56] +6289738222002: Selamat, toko anda terpilih program bantuan",
        "[06/05/2026 15.56] +6289738222002: Selamat, toko anda terpilih program bantuan",
        id="a-chats-sender-announcing-a-prize-to-a-shop",
    ),
    pytest.param(
        "Petugas: Baik, kami teruskan ke perusahaan. Nomor mereka 089783259540, kalau mau.",
        "Petugas: Baik, kami teruskan ke perusahaan. Nomor mereka 089783259540, kalau mau.",
        id="a-number-given-as-theirs-after-a-company",
    ),
    pytest.param(
        "Beta pung anak dong tinggal di Oebobo, dong pung nomor 0812 3456 7890.",
        "Beta pung anak dong tinggal di Oebobo, dong pung nomor [PHONE].",
        id="a-number-given-as-theirs-after-people",
    ),
    pytest.param(
        "From: Agnes Lomboan <agnes73@yahoo.co.id>\nTo: perizinan@kupangkota.go.id\nSubject: NIB",
        "From: [NAME] <[EMAIL]>\nTo: perizinan@kupangkota.go.id\nSubject: NIB",
        id="a-licence-desks-mailbox",
    ),
    pytest.param(
        "From: Lost and Found Hotel Teluk Kupang <frontoffice.telukkupang@gmail.com>",
        "From: Lost and Found Hotel Teluk Kupang <frontoffice.telukkupang@gmail.com>",
        id="a-hotels-front-office-mailbox",
    ),
    pytest.param(
        "TANDA TERIMA BARANG TEMUAN\nPos Satpam SMAN 5 Kupang",
        "TANDA TERIMA BARANG TEMUAN\nPos Satpam SMAN 5 Kupang",
        id="a-schools-guard-post",
    ),
    pytest.param(
        "Satpam Yohanes Ndun jaga malam",
        "Satpam [NAME] jaga malam",
        id="a-guard-named",
    ),
    pytest.param(
        "KOTKUPANG SY DAFTAR CEK KESEHATAN GRATIS LWT WA 082112551755 SESUAI POSTER",
        "KOTKUPANG SY DAFTAR CEK KESEHATAN GRATIS LWT WA 082112551755 SESUAI POSTER",
        id="registering-is-no-name-and-the-line-a-services",
    ),
    pytest.param(
        "Persembahan syukur dari Kel. Oematan Rp 75.000. Pindahan dari Kel. Oebobo.",
        "Persembahan syukur dari Kel. [NAME] Rp 75.000. Pindahan dari Kel. Oebobo.",
        id="a-family-a-churchs-notice-names",
    ),
    pytest.param(
        "Bukti transfer kirim ke email panitia pembangunan.pastori.oesapa@gmail.com atau "
        "sidi.betel.oesapa@gmail.com; pribadi: habel.wadu77@gmail.com",
        "Bukti transfer kirim ke email panitia pembangunan.pastori.oesapa@gmail.com atau "
        "sidi.betel.oesapa@gmail.com; pribadi: [EMAIL]",
        id="a-church-committees-and-classes-mailboxes",
    ),
    pytest.param(
        "KELUHAN DTKS KIRIM KE PUSKESOS.OEBUFU@GMAIL.COM ATAU KESRA@KUPANGKOTA.GO.ID",
        "KELUHAN DTKS KIRIM KE PUSKESOS.OEBUFU@GMAIL.COM ATAU KESRA@KUPANGKOTA.GO.ID",
        id="welfare-units-mailboxes-in-capitals",
    ),
    pytest.param(
        "Pendaftaran kolektif via email posyandulansia.naimata@gmail.com, stok di "
        "kiosberkat.fontein@gmail.com",
        "Pendaftaran kolektif via email posyandulansia.naimata@gmail.com, stok di "
        "kiosberkat.fontein@gmail.com",
        id="a-health-posts-and-a-stalls-names-run-on",
    ),
    pytest.param(
        "FAKTUR PAJAK\nNama : PT SELAT SEMAU JAYA\nNPWP : 76.287.083.9-922.000\n"
        "Pembeli Barang Kena Pajak\nNama : PAULINA RIHI\nNPWP : 5301075605640815",
        "FAKTUR PAJAK\nNama : PT SELAT SEMAU JAYA\nNPWP : 76.287.083.9-922.000\n"
        "Pembeli Barang Kena Pajak\nNama : [NAME]\nNPWP : [NPWP]",
        id="a-buyers-npwp-under-her-name-on-an-invoice",
    ),
    pytest.param(
        "DEPOT AIR TIRTA NAIMATA\nNPWP: 01.212.787.5-920.001\nTgl 27 Desember 2026",
        "DEPOT AIR TIRTA NAIMATA\nNPWP: 01.212.787.5-920.001\nTgl 27 Desember 2026",
        id="a-depots-npwp-under-its-heading",
    ),
    pytest.param(
        "SMK KRISTEN LONTAR\nNPSN 55670513  NPWP : 21.674.453.4-922.000\nSURAT KETERANGAN",
        "SMK KRISTEN LONTAR\nNPSN 55670513  NPWP : 21.674.453.4-922.000\nSURAT KETERANGAN",
        id="a-schools-npwp-on-its-npsn-line",
    ),
    pytest.param(
        "SPESIMEN KARTU NPWP\nNPWP : 12.345.678.9-012.000\nNAMA : NAMA WAJIB PAJAK",
        "SPESIMEN KARTU NPWP\nNPWP : 12.345.678.9-012.000\nNAMA : NAMA WAJIB PAJAK",
        id="a-specimens-npwp-under-its-heading",
    ),
    pytest.param(
        "Data Koperasi Aktif 2026\nKoperasi Produsen Garam Oebelo;NPWP 62.931.030.3-920.000;"
        "Badan Hukum 503/932",
        "Data Koperasi Aktif 2026\nKoperasi Produsen Garam Oebelo;NPWP 62.931.030.3-920.000;"
        "Badan Hukum 503/932",
        id="a-cooperatives-npwp-in-its-registers-row",
    ),
    pytest.param(
        "KATA BKPSDM NPWP SKRG = NIK. JD SY ISI 5301010102020610 SAJA DI KOLOM NPWP?",
        "KATA BKPSDM NPWP SKRG = NIK. JD SY ISI [NPWP] SAJA DI KOLOM NPWP?",
        id="a-nik-written-into-the-npwps-field",
    ),
    pytest.param(
        "Bendahara minta NPWP utk SPJ honor.\nFerdinandus: 5371021510770231 (NIK sebagai NPWP)",
        "Bendahara minta NPWP utk SPJ honor.\n[NAME]: [NPWP] (NIK sebagai NPWP)",
        id="a-nik-said-after-it-to-serve-as-the-npwp",
    ),
]


#: Whose number, mailbox or NPWP it is in e-mail, notices, rosters and tables: a scam's user named
#: only in a later turn, services' and businesses' old and out-of-use numbers, bodies'
#: directories and tables' rows, scams' numbers listed by line, desks' and roles' lines, bodies'
#: mailboxes and display names, messages' IDs, businesses' NPWPD and offices' NPWPs, examples
#: and receipts, a person's NITKU and a form's NIK under an NPWP's heading, words that are no names.
CHAINS_NOTICES_AND_BODIES = [
    pytest.param(
        "[22/11/2025 13.15] Ani: Dia ngaku pegawai Hotel Teluk Kupang, pake nomor 0899-8567-8042\n"
        "[22/11/2025 13.28] Ina: dia mengaku namanya Silvester Rohi, nomor 0877-9672-1168",
        "[22/11/2025 13.15] [NAME]: Dia ngaku pegawai Hotel Teluk Kupang, pake nomor "
        "0899-8567-8042\n[22/11/2025 13.28] [NAME]: dia mengaku namanya [NAME], nomor [PHONE]",
        id="a-scams-number-whose-user-only-the-next-turn-names",
    ),
    pytest.param(
        "Dia ngaku pegawai Hotel Teluk Kupang, pake nomor 0899-8567-8042, mengaku namanya Silvester"
        " Rohi.",
        "Dia ngaku pegawai Hotel Teluk Kupang, pake nomor [PHONE], mengaku namanya [NAME].",
        id="a-scams-number-whose-user-is-named-right-after-it",
    ),
    pytest.param(
        "Di kantor ditempel pengumuman nomor layanan baru WA 082290113292. Nomor lama 082141880311"
        " sekarang dipakai orang lain.",
        "Di kantor ditempel pengumuman nomor layanan baru WA 082290113292. Nomor lama 082141880311"
        " sekarang dipakai orang lain.",
        id="a-services-old-number-in-a-notice-of-its-new-one",
    ),
    pytest.param(
        "Nomor HP saya baru 082290113292. Nomor lama 082141880311 sudah hilang, kalau kantor mau"
        " hubungi.",
        "Nomor HP saya baru [PHONE]. Nomor lama [PHONE] sudah hilang, kalau kantor mau hubungi.",
        id="the-writers-old-number-stays-theirs",
    ),
    pytest.param(
        "Nomor-nomor yang mengaku petugas bansos (mohon warga waspada):\n1. 0819-7340-1496 - "
        "minta pulsa\n2. 0823 2155 0684 - minta pulsa",
        "Nomor-nomor yang mengaku petugas bansos (mohon warga waspada):\n1. 0819-7340-1496 - "
        "minta pulsa\n2. 0823 2155 0684 - minta pulsa",
        id="scams-numbers-listed-one-per-line-under-their-heading",
    ),
    pytest.param(
        "From: Lost and Found Bandara El Tari <lostfound.eltari@gmail.com>\nTo: "
        "adelina.sooai@yahoo.co.id",
        "From: Lost and Found Bandara El Tari <lostfound.eltari@gmail.com>\nTo: [EMAIL]",
        id="a-public-places-display-name-and-mailbox",
    ),
    pytest.param(
        "Keluarga hubungi email panti: pantibudiagung@gmail.com atau pantianus@gmail.com",
        "Keluarga hubungi email panti: pantibudiagung@gmail.com atau [EMAIL]",
        id="a-homes-name-run-into-its-mailbox-not-a-persons-name",
    ),
    pytest.param(
        "To: callcenter112@kupangkota.go.id",
        "To: callcenter112@kupangkota.go.id",
        id="a-call-centres-mailbox",
    ),
    pytest.param(
        "Pendaftaran NPWP Orang Pribadi\nNIK : 5303045006670763",
        "Pendaftaran NPWP Orang Pribadi\nNIK : [NIK]",
        id="a-forms-nik-field-under-an-npwps-heading",
    ),
    pytest.param(
        "NPWP (NIK) 5303045006670763",
        "NPWP (NIK) [NPWP]",
        id="an-npwp-said-to-be-the-nik-on-one-line",
    ),
    pytest.param(
        "Bendahara bilang NPWP Disdukcapil 21.015.452.2-920.000 yang potong pajak.",
        "Bendahara bilang NPWP Disdukcapil 21.015.452.2-920.000 yang potong pajak.",
        id="an-offices-npwp-by-its-short-name",
    ),
    pytest.param(
        "Direktori sekolah\nSD Inpres Liliba 1 | NPSN 54758993 | 0380 897093\n"
        "SMPN 7 Kupang | NPSN 56347999 | WA 0812 8204 9668",
        "Direktori sekolah\nSD Inpres Liliba 1 | NPSN 54758993 | 0380 897093\n"
        "SMPN 7 Kupang | NPSN 56347999 | WA 0812 8204 9668",
        id="a-bodys-row-of-a-table-with-a-cell-between",
    ),
    pytest.param(
        "Data warga\nNo | Nama | Kontak\n1 | Maria Ndun | 0852-4255-8620\n"
        "2 | tetangga SMPN 7 | 0812 8204 9668",
        "Data warga\nNo | Nama | Kontak\n1 | [NAME] | [PHONE]\n2 | tetangga SMPN 7 | [PHONE]",
        id="a-tables-row-of-a-person-keeps-the-phone",
    ),
    pytest.param(
        "Acara di aula kantor lurah. Konfirmasi kehadiran ke +6285291587841.",
        "Acara di aula kantor lurah. Konfirmasi kehadiran ke +6285291587841.",
        id="an-invitations-desk-to-confirm-by",
    ),
    pytest.param(
        "Pemilik dapat menghubungi Lost & Found 0380 846963 atau WA 0852 2101 6684.",
        "Pemilik dapat menghubungi Lost & Found 0380 846963 atau WA 0852 2101 6684.",
        id="a-lost-property-desks-lines",
    ),
    pytest.param(
        "Cc: dprd.kotakupang@gmail.com, pelanggan.pdam@gmail.com, farmasi.rsud@gmail.com, "
        "survei.dinkes@gmail.com, pmb.undana@gmail.com, buletin.gmit@gmail.com, "
        "yanti.ndun@gmail.com",
        "Cc: dprd.kotakupang@gmail.com, pelanggan.pdam@gmail.com, farmasi.rsud@gmail.com, "
        "survei.dinkes@gmail.com, pmb.undana@gmail.com, buletin.gmit@gmail.com, [EMAIL]",
        id="units-and-desks-mailboxes-by-their-first-word",
    ),
    pytest.param(
        "Email: poliana88@gmail.com, labuan.bajo@gmail.com",
        "Email: [EMAIL], [EMAIL]",
        id="a-units-word-opening-a-longer-word-is-no-units",
    ),
    pytest.param(
        "NOMOR LAYANAN DISDUKCAPIL KOTA KUPANG\nKTP-el & KK ............ WA 0812-9664-2829\n"
        "Akta kelahiran/kematian  WA 0813 6984 1230\nPindah datang .......... WA 0822-9138-5268\n"
        "Nomor lama 0818-4080-8900 dan 0853 6694 701 tidak aktif lagi.",
        "NOMOR LAYANAN DISDUKCAPIL KOTA KUPANG\nKTP-el & KK ............ WA 0812-9664-2829\n"
        "Akta kelahiran/kematian  WA 0813 6984 1230\nPindah datang .......... WA 0822-9138-5268\n"
        "Nomor lama 0818-4080-8900 dan 0853 6694 701 tidak aktif lagi.",
        id="a-bodys-directory-of-its-services-and-its-old-numbers",
    ),
    pytest.param(
        "NOMOR PENGADUAN PUSKESMAS OEBOBO\nNama pelapor: Yanti\nHP : 0812 3456 7890\n"
        "Keluhan: antrian lama\nPetugas: 0380 833 111",
        "NOMOR PENGADUAN PUSKESMAS OEBOBO\nNama pelapor: [NAME]\nHP : [PHONE]\n"
        "Keluhan: antrian lama\nPetugas: 0380 833 111",
        id="a-forms-phone-field-under-a-bodys-heading-stays-the-persons",
    ),
    pytest.param(
        "PENGUMUMAN PLN UP3 KUPANG\nLayanan pengaduan hanya melalui Contact Center 123.\n"
        "Nomor WhatsApp 0813999748621 dan 08224649877 tidak digunakan lagi.",
        "PENGUMUMAN PLN UP3 KUPANG\nLayanan pengaduan hanya melalui Contact Center 123.\n"
        "Nomor WhatsApp 0813999748621 dan 08224649877 tidak digunakan lagi.",
        id="an-offices-numbers-said-to-be-out-of-use",
    ),
    pytest.param(
        "Nomor WhatsApp saya 0813999748621 tidak digunakan lagi, pakai yang baru.",
        "Nomor WhatsApp saya [PHONE] tidak digunakan lagi, pakai yang baru.",
        id="the-writers-number-out-of-use-stays-theirs",
    ),
    pytest.param(
        "Hari | Petugas | HP\nKamis | Priska Openg | 0821 3711 3142\n"
        "Jumat | Linmas kelurahan | 0822 3438 4432\nSabtu | Linmas Yohanes Ndun | 0813 1111 2222",
        "Hari | Petugas | HP\nKamis | [NAME] | [PHONE]\n"
        "Jumat | Linmas kelurahan | 0822 3438 4432\nSabtu | Linmas [NAME] | [PHONE]",
        id="a-rosters-role-on-duty-in-its-name-column",
    ),
    pytest.param(
        "From: Komunitas Anti Hoaks Kupang <antihoaks.kupang@gmail.com>\n"
        "To: satpolpp@kupangkota.go.id\n"
        "Message-ID: <CAxU9Pfgh4Iae7dgbhLM6ca4DemwUJhbC1L52dF@mail.gmail.com>\n"
        "Return-Path: <bounce-242795@kupangkota.go.id>",
        "From: Komunitas Anti Hoaks Kupang <antihoaks.kupang@gmail.com>\n"
        "To: satpolpp@kupangkota.go.id\n"
        "Message-ID: <CAxU9Pfgh4Iae7dgbhLM6ca4DemwUJhbC1L52dF@mail.gmail.com>\n"
        "Return-Path: <bounce-242795@kupangkota.go.id>",
        id="a-groups-and-an-orders-units-mailboxes-a-messages-id-a-return-path",
    ),
    pytest.param(
        "From: Kopdit Tunas Lontar <kopdittunaslontar@yahoo.co.id>\n"
        "Cc: Ismail Daeng <mail.daeng@gmail.com>, tim.it@kupangkota.go.id",
        "From: Kopdit Tunas Lontar <kopdittunaslontar@yahoo.co.id>\n"
        "Cc: [NAME] <[EMAIL]>, tim.it@kupangkota.go.id",
        id="a-credit-unions-name-run-into-its-mailbox-and-a-teams",
    ),
    pytest.param(
        "NPWPD : 62.229.950.3-920.000\nNPWPD saya 63.229.950.3-920.000",
        "NPWPD : 62.229.950.3-920.000\nNPWPD saya [NPWP]",
        id="a-businesss-regional-taxpayer-number",
    ),
    pytest.param(
        "NPWP BAZNAS Kota Kupang 61.853.335.9-920.000.",
        "NPWP BAZNAS Kota Kupang 61.853.335.9-920.000.",
        id="the-zakat-agencys-npwp",
    ),
    pytest.param(
        "Narahubung WA 0813-8974-0046.\nNarahubung: Yanti Ndun 0813-8974-0047.",
        "Narahubung WA 0813-8974-0046.\nNarahubung: [NAME] [PHONE].",
        id="a-contact-with-nobody-named-and-a-named-one",
    ),
    pytest.param(
        "Petugas: atau WA gangguan 0812-4824-9468. Kontak Sub Bagian Umum: 0380 821726.",
        "Petugas: atau WA gangguan 0812-4824-9468. Kontak Sub Bagian Umum: 0380 821726.",
        id="an-outage-line-and-an-offices-unit",
    ),
    pytest.param(
        "[28/06/2025 11.31] mama: Siap\nKRN SY KERJA DI LUAR KOTA. Staf Gudang. "
        "Pak Sekel, mohon dibantu.\nFrom: Komunitas Anti Hoaks Kupang <a@b.id>",
        "[28/06/2025 11.31] mama: Siap\nKRN SY KERJA DI LUAR KOTA. Staf Gudang. "
        "Pak Sekel, mohon dibantu.\nFrom: Komunitas Anti Hoaks Kupang <a@b.id>",
        id="replies-work-posts-and-groups-are-no-names",
    ),
    pytest.param(
        "Untuk faktur, NITKU Bapak adalah 5303120805500372000000.\n"
        "NITKU Pembeli    : 5371034509990494000000",
        "Untuk faktur, NITKU Bapak adalah [NPWP].\nNITKU Pembeli    : [NPWP]",
        id="a-persons-nitku-a-few-words-after-its-word",
    ),
    pytest.param(
        "Bendahara minta NPWP. Punya sy sdh pakai NIK: 5371056411970129.",
        "Bendahara minta NPWP. Punya sy sdh pakai NIK: [NPWP].",
        id="the-writers-npwp-already-the-nik",
    ),
    pytest.param(
        "Contoh penulisan NPWP 16 digit: 0779958000000000.\nContoh penulisan: NPWP 15 digit "
        "01.234.567.8-920.000 menjadi 16 digit 0012345678920000.",
        "Contoh penulisan NPWP 16 digit: 0779958000000000.\nContoh penulisan: NPWP 15 digit "
        "01.234.567.8-920.000 menjadi 16 digit 0012345678920000.",
        id="npwps-shown-as-how-to-write-them",
    ),
    pytest.param(
        "NPWP 66.223.681.8-923.000, SPT Tahunan Anda telah diterima dengan BPE nomor "
        "150950758839294.",
        "NPWP [NPWP], SPT Tahunan Anda telah diterima dengan BPE nomor 150950758839294.",
        id="a-tax-returns-receipt-number",
    ),
    pytest.param(
        "Email usaha   : jajananlontar.kpg@gmail.com\nEmail pemilik : nelci98@yahoo.com\n"
        "Email dinas: amtiran.yosefina@kupangkota.go.id",
        "Email usaha   : jajananlontar.kpg@gmail.com\nEmail pemilik : [EMAIL]\n"
        "Email dinas: [EMAIL]",
        id="a-businesss-mailbox-by-its-label-and-a-persons-at-work",
    ),
    pytest.param(
        "From: KSU Tani Makmur Baumata <ksutanimakmurbaumata@yahoo.co.id>",
        "From: KSU Tani Makmur Baumata <ksutanimakmurbaumata@yahoo.co.id>",
        id="a-cooperatives-display-name-and-run-in-mailbox",
    ),
    pytest.param(
        "FRESH LAUNDRY PENFUI GANTI NOMOR\nWA lama: 081346585417\nWA baru: 081282242517",
        "FRESH LAUNDRY PENFUI GANTI NOMOR\nWA lama: 081346585417\nWA baru: 081282242517",
        id="a-businesss-notice-of-its-changed-number",
    ),
    pytest.param(
        "Pertanyaan: Kring Pajak 1500200 atau WA 0857 2310 5558.",
        "Pertanyaan: Kring Pajak 1500200 atau WA 0857 2310 5558.",
        id="a-line-listed-after-the-tax-offices-call-centre",
    ),
    pytest.param(
        "Tambahan nomor WA pelaporan: 085617874044\nTKSK kecamatan: 0853-5041-4757.",
        "Tambahan nomor WA pelaporan: 085617874044\nTKSK kecamatan: 0853-5041-4757.",
        id="a-reporting-line-and-a-districts-social-worker",
    ),
    pytest.param(
        "Persembahan online: Bank NTT 031.01.02.205074-1 a.n. Majelis Jemaat.",
        "Persembahan online: Bank NTT 031.01.02.205074-1 a.n. Majelis Jemaat.",
        id="a-church-councils-account",
    ),
    pytest.param(
        "NOTA PENJUALAN\nCOUNTER PULSA BERKAT\nJL. R.A. KARTINI NO. 45, KUPANG\n"
        "NPWP : 86.581.296.7-922.000",
        "NOTA PENJUALAN\nCOUNTER PULSA BERKAT\nJL. R.A. KARTINI NO. 45, KUPANG\n"
        "NPWP : 86.581.296.7-922.000",
        id="a-phone-counters-npwp-on-its-receipt",
    ),
]

#: Bodies' NPWPs in letters, slips, invoices and registers (the fiftieth development corpus).
BODIES_NPWPS_IN_LETTERS = [
    pytest.param(
        "PPh 21 disetor oleh bendahara Disperindag (NPWP 00.264.558.9-920.000) "
        "dengan kode billing 314850711849886.",
        "PPh 21 disetor oleh bendahara Disperindag (NPWP 00.264.558.9-920.000) "
        "dengan kode billing 314850711849886.",
        id="an-offices-treasurers-npwp-in-a-bracket",
    ),
    pytest.param(
        "Bendahara Dinas PUPR (NPWP 00.932.450.9-920.000) diminta menyetor ulang.",
        "Bendahara Dinas PUPR (NPWP 00.932.450.9-920.000) diminta menyetor ulang.",
        id="a-named-offices-treasurers-npwp",
    ),
    pytest.param(
        "BUKTI PEMOTONGAN PPh PASAL 23\nA.1 NPWP : 0610954131920000\n"
        "A.2 NAMA : PT NUSA LONTAR KONSTRUKSI",
        "BUKTI PEMOTONGAN PPh PASAL 23\nA.1 NPWP : 0610954131920000\n"
        "A.2 NAMA : PT NUSA LONTAR KONSTRUKSI",
        id="a-slips-npwp-over-its-companys-name-field",
    ),
    pytest.param(
        "YAYASAN KASIH BUNDA\n"
        "Sekretariat: Jl. Veteran No. 64, Kupang — NPWP 31.455.881.1-922.000\n\n"
        "SURAT KETERANGAN",
        "YAYASAN KASIH BUNDA\n"
        "Sekretariat: Jl. Veteran No. 64, Kupang — NPWP 31.455.881.1-922.000\n\n"
        "SURAT KETERANGAN",
        id="a-foundations-npwp-ending-its-letterheads-line",
    ),
    pytest.param(
        "HOTEL SASANDO INDAH\nJL. THAMRIN NO. 117, Kupang\nNPWP 01.435.728.0-921.000\n"
        "INVOICE No. INV-261217",
        "HOTEL SASANDO INDAH\nJL. THAMRIN NO. 117, Kupang\nNPWP 01.435.728.0-921.000\n"
        "INVOICE No. INV-261217",
        id="a-hotels-npwp-on-its-invoice",
    ),
    pytest.param(
        "Kepada Yth.\nDirektur CV Bintang Selatan\nNPWP 90.390.393.0-922.000\ndi Kupang",
        "Kepada Yth.\nDirektur CV Bintang Selatan\nNPWP 90.390.393.0-922.000\ndi Kupang",
        id="a-companys-npwp-under-its-director",
    ),
    pytest.param(
        "Kelompok terdaftar di desa sejak 2024.\nNPWP kelompok : 94.912.851.0-920.000",
        "Kelompok terdaftar di desa sejak 2024.\nNPWP kelompok : 94.912.851.0-920.000",
        id="a-farmers-groups-npwp",
    ),
    pytest.param(
        "PENGURUS KOPDIT MEKAR HARAPAN\nKetua : Marselinus Riwu Kaho — NPWP 49.785.289.9-922.000",
        "PENGURUS KOPDIT MEKAR HARAPAN\nKetua : [NAME] — NPWP [NPWP]",
        id="a-board-members-npwp-on-a-letterheads-line",
    ),
]

PERSONS_AND_BODIES_NUMBERS_IN_PAPERWORK = [
    pytest.param(
        "Pengurus Yayasan Kasih Bunda menerangkan bahwa Sdri. Nelci Nope, NIK 5303026712820040, "
        "NPWP 79.004.672.5-920.000, adalah guru honor.",
        "Pengurus Yayasan Kasih Bunda menerangkan bahwa Sdri. [NAME], NIK [NIK], "
        "NPWP [NPWP], adalah guru honor.",
        id="a-persons-npwp-in-a-foundations-letter-about-her",
    ),
    pytest.param(
        "Bank meminta NPWP pribadi pengurus:\n- Ketua, NPWP 72.572.898.6-924.000\n"
        "- Bendahara, NPWP 5302010607810456\n",
        "Bank meminta NPWP pribadi pengurus:\n- Ketua, NPWP [NPWP]\n- Bendahara, NPWP [NPWP]\n",
        id="a-treasurers-own-npwp-in-a-list-of-board-members-own",
    ),
    pytest.param(
        "Koperasi yang belum memperbarui data NIK koperasi (contoh 5371020400053473) "
        "diminta datang ke dinas.",
        "Koperasi yang belum memperbarui data NIK koperasi (contoh 5371020400053473) "
        "diminta datang ke dinas.",
        id="a-cooperatives-registration-number",
    ),
    pytest.param(
        "Nomor Induk Koperasi kami 5371030610991937, mohon diverifikasi.",
        "Nomor Induk Koperasi kami 5371030610991937, mohon diverifikasi.",
        id="a-cooperatives-registration-number-by-its-full-name",
    ),
    pytest.param(
        "SURAT PERNYATAAN\nYang bertanda tangan di bawah ini\n"
        "Jl. Kaswari No. 115 Kupang - HP 0812 3456 7890",
        "SURAT PERNYATAAN\nYang bertanda tangan di bawah ini\n[ADDRESS] Kupang - HP [PHONE]",
        id="a-persons-address-under-a-documents-title-in-capitals",
    ),
]

LATER_ROUNDS = [
    *SCANNED_FORMS,
    *LOOK_ALIKES_AND_HOMES,
    *PROSE,
    *REVIEWED,
    *WHOSE_NUMBER,
    *NAMES_SAID_AGAIN,
    *OFFICES_AND_HOMES,
    *THREADS_AND_SCANS,
    *NOTES_AND_FORWARDS,
    *CONTACTS_AND_NUMBERS,
    *HARD_NAMES,
    *THREADS_CALLS_AND_SMS,
    *SPEAKERS_ADVERTS_AND_SCANS,
    *DESKS_NOTICES_AND_POSING,
    *SCAMS_ADVERTS_AND_PEOPLE,
    *NAMED_USERS_AND_AREAS,
    *IDENTITY_NUMBERS_TOGETHER,
    *IDENTITY_DOCUMENT_NAMES,
    *PHONE_LOOKALIKES,
    *PHONE_LOOKALIKE_NAMES,
    *EXACT_KINDS_AS_WRITTEN,
    *POSTS_COMMENTS_AND_SCANS,
    *OWNERS_LISTS_AND_LONG_REPORTS,
    *BODIES_NUMBERS_AND_PASTED_IDENTITIES,
    *REGISTERS_NOTICES_AND_CALL_LOGS,
    *NAMES_HOMES_AND_SCHEDULES,
    *TAX_NUMBERS_AND_CALLERS_LINES,
    *NOTICES_DESKS_AND_SCAMS_LINES,
    *CHAINS_NOTICES_AND_BODIES,
    *BODIES_NPWPS_IN_LETTERS,
    *PERSONS_AND_BODIES_NUMBERS_IN_PAPERWORK,
]


@pytest.mark.parametrize(("text", "expected"), LATER_ROUNDS)
def test_redacted_as_the_guide_says(text: str, expected: str) -> None:
    assert redacted(text) == expected


def test_a_name_found_right_after_a_business_word_leaves_the_business_its_line() -> None:
    # In capitals the name rules read ``MANIS`` after ``NONA`` as a name; the number stays the
    # salon's whatever they decide there.
    found = Redactor.default().find("SELAMAT SIANG. SALON NONA MANIS (WA 0899.4821.713) MEMBUANG")
    assert [finding for finding in found if finding.kind.value == "phone"] == []


#: A value of a text and the kind it is redacted as (``None``: left as it is): whose mailbox,
#: whose NPWP in business and tax paperwork.
WHOSE_MAILBOX_AND_NPWP_IN_PAPERWORK = [
    pytest.param(
        "Nama Pelaku Usaha : KSP MEKAR LESTARI\nEmail : mekarlestari21@gmail.com",
        "mekarlestari21@gmail.com",
        None,
        id="a-mailbox-that-spells-the-body-a-form-names",
    ),
    pytest.param(
        "Kepada Yth.\nDirektur CV TIGA PUTRA SEMAU\n(tembusan tigaputrasemau.kupang@gmail.com)",
        "tigaputrasemau.kupang@gmail.com",
        None,
        id="a-mailbox-one-of-whose-parts-spells-the-body-beside-a-place",
    ),
    pytest.param(
        "[10.02] PERCETAKAN CAHAYA BAKUNASE: File kirim ke cahayabakunase@yahoo.com kak.",
        "cahayabakunase@yahoo.com",
        None,
        id="a-mailbox-that-spells-the-business-that-writes",
    ),
    pytest.param(
        "Pemilik TOKO YOSEPH MANAFE, email yosephmanafe@gmail.com",
        "yosephmanafe@gmail.com",
        "email",
        id="a-mailbox-that-spells-a-shop-named-after-its-owner-stays-the-owners",
    ),
    pytest.param(
        "Saya guru di SDN Oetete 2. Email saya oetetejaya@gmail.com",
        "oetetejaya@gmail.com",
        "email",
        id="a-mailbox-that-spells-no-body-the-text-names",
    ),
    pytest.param(
        "Nama Penyedia  : CV Tunas Karya\nEmail Penyedia : tunaskarya.kpg@gmail.com",
        "tunaskarya.kpg@gmail.com",
        None,
        id="a-tenders-suppliers-mailbox-by-its-label",
    ),
    pytest.param(
        "Bentuk Usaha : CV\nEmail Badan Usaha : sumbermakmur77@yahoo.co.id",
        "sumbermakmur77@yahoo.co.id",
        None,
        id="a-business-entitys-mailbox-by-its-two-word-label",
    ),
    pytest.param(
        "Pertanyaan ke HR: hr@nusacendanaperkasa.co.id atau ext. 201.",
        "hr@nusacendanaperkasa.co.id",
        None,
        id="a-companys-hr-desk-on-its-domain",
    ),
    pytest.param(
        "Info: diskopukm@kupangkota.go.id / 0380-843137",
        "diskopukm@kupangkota.go.id",
        None,
        id="an-offices-mailbox-on-its-domain",
    ),
    pytest.param(
        "Email: lbessie99@kupangkota.go.id\nNo. HP: +6285326833117",
        "lbessie99@kupangkota.go.id",
        "email",
        id="a-persons-mailbox-on-an-offices-domain-by-initial-and-name",
    ),
    pytest.param(
        "Contoh email palsu yang dilaporkan nasabah: banknttcare@gmail.com, "
        "djp.coretax.kupang@gmail.com.",
        "banknttcare@gmail.com",
        None,
        id="a-mailbox-posing-as-a-bank",
    ),
    pytest.param(
        "Contoh email palsu yang dilaporkan nasabah: banknttcare@gmail.com, "
        "djp.coretax.kupang@gmail.com.",
        "djp.coretax.kupang@gmail.com",
        None,
        id="a-mailbox-posing-as-the-tax-office",
    ),
    pytest.param(
        "Kirim ke brigita.lay@gmail.com ya.",
        "brigita.lay@gmail.com",
        "email",
        id="a-persons-mailbox-whose-name-starts-like-a-banks",
    ),
    pytest.param(
        "CV TIGA SAUDARA TIMOR\n"
        "JL. VETERAN NO. 131, KUPANG | TELP. (0380) 868953 | EMAIL tigasaudaratimor@yahoo.co.id\n"
        "NPWP 31.952.519.2-921.000",
        "tigasaudaratimor@yahoo.co.id",
        None,
        id="a-companys-mailbox-on-its-letterhead",
    ),
    pytest.param(
        "CV TIGA SAUDARA TIMOR\n"
        "JL. VETERAN NO. 131, KUPANG | TELP. (0380) 868953 | EMAIL tigasaudaratimor@yahoo.co.id\n"
        "NPWP 31.952.519.2-921.000",
        "31.952.519.2-921.000",
        None,
        id="a-companys-npwp-under-its-letterhead",
    ),
    pytest.param(
        "Nama                      : Ong Mei Ling\n"
        "NIK                       : 5371034801012048\n"
        "Email                     : mei.ong@gmail.com",
        "mei.ong@gmail.com",
        "email",
        id="a-persons-mailbox-in-a-form-about-the-person",
    ),
    pytest.param(
        "Salam, Tim Rekrutmen\nMessage-ID: <8110180432.byZYxXA0mu@mx.pajak.go.id>",
        "8110180432.byZYxXA0mu@mx.pajak.go.id",
        None,
        id="a-messages-id",
    ),
    pytest.param(
        "From: Sinar Print Oebobo <sinarprintoebobo@yahoo.co.id>\nSubject: RE: pesanan",
        "sinarprintoebobo@yahoo.co.id",
        None,
        id="a-businesss-mailbox-by-its-display-name",
    ),
    pytest.param(
        "Info: sekretariat TPK atau email desaoelnasi@gmail.com.",
        "desaoelnasi@gmail.com",
        None,
        id="a-villages-mailbox-run-into-its-name",
    ),
    pytest.param(
        "SINAR PRINT OEBOBO\n"
        "Offset - Digital Printing - Sablon\n"
        "JL. PERINTIS KEMERDEKAAN NO. 155, KUPANG | (0380) 889717\n"
        "NPWP 41.634.672.4-920.000\n"
        "\n"
        "PENAWARAN HARGA",
        "41.634.672.4-920.000",
        None,
        id="an-npwp-under-a-letterhead-in-capitals",
    ),
    pytest.param(
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\n"
        "KPP PRATAMA KUPANG\n"
        "Jl. Palapa No. 9, Kupang\n"
        "\n"
        "Yth. HENDRINA LOPO\n"
        "NPWP 44.393.968.3-920.000\n"
        "GG. KENANGA NO. 140B",
        "44.393.968.3-920.000",
        "npwp",
        id="a-persons-npwp-in-a-tax-offices-letter-to-her",
    ),
    pytest.param(
        "Subject: [SPSE] Undangan\n"
        "\n"
        "Kepada Yth. CV LOPO KARYA\n"
        "NPWP 21.064.704.2-920.000\n"
        "\n"
        "Paket : Rehabilitasi",
        "21.064.704.2-920.000",
        None,
        id="an-addressed-companys-npwp",
    ),
    pytest.param(
        "Pelaku usaha : PT LAUT SAWU PERIKANAN\n"
        "NIB 9120932331628 | NPWP 53.911.150.6-921.000\n"
        "Daftar produk:",
        "53.911.150.6-921.000",
        None,
        id="an-npwp-after-a-bodys-register-number",
    ),
    pytest.param(
        "Berdasarkan data pemungutan oleh Inspektorat Daerah Kota Kupang (NPWP "
        "62.960.422.0-921.001) terdapat penghasilan",
        "62.960.422.0-921.001",
        None,
        id="an-offices-npwp-in-a-bracket-after-its-name",
    ),
    pytest.param(
        "A. IDENTITAS WAJIB PAJAK YANG DIPOTONG\n"
        "A.1 NPWP  : 0018445961920000\n"
        "A.2 NITKU : 0018445961920000000000\n"
        "A.3 Nama  : CV NUSA LONTAR",
        "0018445961920000",
        None,
        id="a-slips-npwp-over-a-nitku-line-and-a-company",
    ),
    pytest.param(
        "Nama\n:\nYakobus Manuk\n\nNPWP\n:\n5306031604990685000000\n\nJabatan\n:\nGuru honor",
        "5306031604990685000000",
        "npwp",
        id="a-persons-nitku-in-an-npwp-field",
    ),
    pytest.param(
        "No | Jam | Nama | NPWP/NIK | Keperluan | HP\n"
        "Keterangan kolom: HP diisi nomor yang dapat dihubungi petugas.\n"
        "---------------------------------\n"
        "1 | 14.43 | ISAK SANAM | 86.318.174.2-925.000 | pemadanan NIK | 0852-728-69170\n"
        "2 | 16.08 | BENDAHARA DINKES | 0009169204920001 | e-Bupot | 081222673631",
        "0009169204920001",
        None,
        id="an-offices-treasurers-row-in-a-register-under-a-legend",
    ),
    pytest.param(
        "No | Jam | Nama | NPWP/NIK | Keperluan | HP\n"
        "Keterangan kolom: HP diisi nomor yang dapat dihubungi petugas.\n"
        "---------------------------------\n"
        "1 | 14.43 | ISAK SANAM | 86.318.174.2-925.000 | pemadanan NIK | 0852-728-69170\n"
        "2 | 16.08 | BENDAHARA DINKES | 0009169204920001 | e-Bupot | 081222673631",
        "86.318.174.2-925.000",
        "npwp",
        id="a-persons-row-in-a-register-under-a-legend",
    ),
    pytest.param(
        "No | Jam | Nama | NPWP/NIK | Keperluan | HP\nKeterangan kolom: HP diisi nomor petugas.\n"
        "---------------------------------\n"
        "1 | 15.54 | DOMINIKUS OEMATAN | 442234150920000 | EFIN | 0813 7483 9733",
        "442234150920000",
        "npwp",
        id="a-persons-npwp-in-a-register-whose-header-stands-above-a-legend",
    ),
]


def kinds_over(redactor: Redactor, text: str, start: int, length: int) -> list[str]:
    """The kinds of the findings in ``text`` that hold its ``length`` characters at ``start``."""
    return [
        finding.kind.value
        for finding in redactor.find(text)
        if finding.start <= start and start + length <= finding.end
    ]


@pytest.mark.parametrize(("text", "value", "kind"), WHOSE_MAILBOX_AND_NPWP_IN_PAPERWORK)
def test_whose_mailbox_and_npwp_as_the_guide_says(text: str, value: str, kind: str | None) -> None:
    kinds = kinds_over(Redactor.default(), text, text.index(value), len(value))
    assert kinds == ([] if kind is None else [kind])


NUMBERS_BY_THEIR_SHAPE = [
    pytest.param(
        "Bersama ini sy lampirkan CV, ijazah dan NPWP (5371055109910011) untuk posisi staf.",
        "5371055109910011",
        "npwp",
        id="an-npwp-after-a-job-seekers-cv-in-a-list-of-papers",
    ),
    pytest.param(
        "CV Karya Timor, NPWP 01.234.567.8-920.000, beralamat di Kupang.",
        "01.234.567.8-920.000",
        None,
        id="a-companys-npwp-after-its-name",
    ),
    pytest.param(
        "SERTIFIKAT NOMOR INDUK KOPERASI\nNIK : 5371050108840001\nNama Koperasi : KSP LONTAR",
        "5371050108840001",
        None,
        id="a-cooperatives-number-under-its-certificates-heading",
    ),
    pytest.param(
        "Ibu minta NPWP semua guru honor. Rekap:\n1. Zakeus Tlonaen \u2013 69.136.610.5-922.000\n"
        "2. Andi Ridwan \u2013 5371041011640839",
        "5371041011640839",
        "npwp",
        id="a-nik-shaped-number-in-a-list-of-persons-npwps",
    ),
    pytest.param(
        "Berikut data yang diminta (NPWP, NIK, HP):\n1. 05.854.125.9-925.000\n2. 5371066104680650",
        "5371066104680650",
        "nik",
        id="a-nik-in-a-list-of-the-data-asked-for",
    ),
    pytest.param(
        "No | Satuan Kerja | Rekening Kas | Telepon\n1 | Dinas Sosial Kota Kupang | "
        "03401027854793 | 0380 812226",
        "03401027854793",
        None,
        id="a-register-column-of-bodies-cash-accounts",
    ),
    pytest.param(
        "BUKTI POTONG PPh 21\nPemotong\nNama  : CV LOPO INDAH\n\nPenerima Penghasilan\n"
        "NPWP/NIK : 5371040405940013\nNama     : ISHAK LAY",
        "5371040405940013",
        "npwp",
        id="a-slips-recipients-number-under-its-section-after-the-withholders",
    ),
    pytest.param(
        "NAMA PEMOTONG : CV TUNAS SASANDO\nA. IDENTITAS PENERIMA PENGHASILAN YANG DIPOTONG\n"
        "1. NPWP : 92.762.0O0.7- 92O.000",
        "92.762.0O0.7- 92O.000",
        "npwp",
        id="a-scanned-npwp-with-a-stray-space-under-the-recipients-section",
    ),
    pytest.param(
        "Agen: NPWP bapak?\nPenelepon: Pakai NIK, 5371032001970011.",
        "5371032001970011",
        "npwp",
        id="a-nik-given-in-answer-to-a-question-for-the-npwp",
    ),
    pytest.param(
        "Agen: NIK dan NPWP bapak?\nPenelepon: NIK 5371032001970011, NPWP belum ada.",
        "5371032001970011",
        "nik",
        id="a-nik-given-in-answer-to-a-question-for-both",
    ),
    pytest.param(
        "Pak, NPWP lama sy tdk berlaku. Pakai NIK 5371044407790021 sebagai NPWP ya.",
        "5371044407790021",
        "npwp",
        id="a-nik-said-right-after-it-to-serve-as-the-npwp",
    ),
    pytest.param(
        "Sejak Coretax, NIK Ibu 5371025806890017 digunakan sebagai NPWP.",
        "5371025806890017",
        "npwp",
        id="a-nik-said-right-after-it-to-be-used-as-the-npwp",
    ),
    pytest.param(
        "Rekap NPWP:\n1. Hendrik Daik — belum punya, NIK 5314011704790012\n"
        "2. Nur Daeng Ngai — 15-087-672-0-922-000",
        "15-087-672-0-922-000",
        "npwp",
        id="an-old-npwp-with-dashes-only",
    ),
    pytest.param(
        "Rekap NPWP:\n1. Hendrik Daik — 15.582.608.1.920.000",
        "15.582.608.1.920.000",
        "npwp",
        id="an-old-npwp-with-dots-only",
    ),
    pytest.param(
        "Rekap NPWP:\n1. Trifonia Halan — 082.027.928.4-920.000",
        "082.027.928.4-920.000",
        "npwp",
        id="an-old-npwp-dotted-with-the-zero-of-the-new-form",
    ),
    pytest.param(
        "Kami telah meminta bendahara SMAN 6 Kupang (NPWP 00.029.216.7-920.000) membetulkan.",
        "00.029.216.7-920.000",
        None,
        id="a-school-treasurers-npwp-in-a-bracket",
    ),
    pytest.param(
        "Satuan Kerja : Bapenda Kota Kupang (NPWP satker 00.405.795.0-921.000)",
        "00.405.795.0-921.000",
        None,
        id="an-offices-npwp-as-its-work-units",
    ),
    pytest.param(
        "HOTEL SASANDO INDAH\nJL. PALAPA NO. 51, Kupang. Telp (0380) 843 981. NPWP "
        "66.602.234.5-920.001\n\nSURAT KETERANGAN KERJA",
        "66.602.234.5-920.001",
        None,
        id="a-bodys-npwp-ending-its-letterheads-address-line",
    ),
    pytest.param(
        "No | Satuan Kerja | NPWP Bendahara | Telepon\n1 | Bapenda Kota Kupang | "
        "0008754867920000 | 0380 810 165",
        "0008754867920000",
        None,
        id="a-register-column-of-treasurers-npwps",
    ),
    pytest.param(
        "No | Tanggal | Penjual | NPWP Penjual | PPN\n1 | 9-11-2026 | Toko Elektronik Timur | "
        "71.525.155.2-920.000 | Rp 15.000",
        "71.525.155.2-920.000",
        None,
        id="a-register-column-of-sellers-npwps",
    ),
    pytest.param(
        "No. HP (contoh: 081234567890) : 0813 3902 4471",
        "081234567890",
        None,
        id="a-forms-example-of-a-mobile",
    ),
    pytest.param(
        "No. HP (contoh: 081234567890) : 0813 3902 4471",
        "0813 3902 4471",
        "phone",
        id="the-mobile-written-after-a-forms-example",
    ),
    pytest.param(
        "KARTU PEDAGANG\nNama : YOHANA LEO\nN P W P : 44.218.6O3.1-92O.0O0\nLos : C-12",
        "44.218.6O3.1-92O.0O0",
        "npwp",
        id="a-scanned-npwp-under-a-label-whose-letters-the-scan-spaced",
    ),
    pytest.param(
        "No | Nama | NITKU | Keperluan\n4 | ELISABETH LOBO | 5371046308920004000000 | EFIN",
        "5371046308920004000000",
        "npwp",
        id="a-persons-nitku-in-a-registers-cell",
    ),
    pytest.param(
        "Petugas : Boleh disebutkan NPWP Bapak?\nPenelepon : Tunggu. Ini: 371208455921000.",
        "371208455921000",
        "npwp",
        id="fifteen-plain-digits-given-when-an-npwp-is-asked-for",
    ),
    pytest.param(
        "Rekap NPWP staf:\n1. Yuni Sabu — pakai NIK 5371045107880003\n"
        "2. Marten Lay — 0551203874920000",
        "0551203874920000",
        "npwp",
        id="an-old-npwp-with-its-zero-in-a-list-under-an-npwp-heading",
    ),
    pytest.param(
        "Daftar NPWP sekolah:\n1  50304411  SMPN 9 KUPANG  0217730455920000",
        "0217730455920000",
        None,
        id="an-npwp-shaped-number-on-a-schools-row",
    ),
    pytest.param(
        "NPWP yayasan: 0730021456921000.\nDi slip sy malah tertulis 0730021456921000.",
        "0730021456921000",
        None,
        id="a-bodys-npwp-written-again",
    ),
    pytest.param(
        "Format NPWP berubah. Yang 16 digit pakai 0 di depan (0123456789920000) untuk badan.",
        "0123456789920000",
        None,
        id="an-npwp-shaped-example-in-a-bracket",
    ),
    pytest.param(
        "No | Nama Penyedia | Bentuk | NPWP Penyedia | HP\n1 | Rambu Eti Kareri | Perorangan | "
        "79.224.438.8-920.000 | 0857-2589-1234\n2 | CV Sinar Timor | CV | 01.234.567.8-920.000 | -",
        "79.224.438.8-920.000",
        "npwp",
        id="a-sole-traders-npwp-in-a-column-of-suppliers-npwps",
    ),
    pytest.param(
        "No | Nama Penyedia | Bentuk | NPWP Penyedia | HP\n1 | Rambu Eti Kareri | Perorangan | "
        "79.224.438.8-920.000 | 0857-2589-1234\n2 | CV Sinar Timor | CV | 01.234.567.8-920.000 | -",
        "01.234.567.8-920.000",
        None,
        id="a-companys-npwp-in-a-column-of-suppliers-npwps",
    ),
    pytest.param(
        "Saudara terdaftar dengan dua NPWP, yaitu:\n1. 79.083.663.6-920.000, terdaftar atas "
        "permohonan sendiri;\n2. 76.383.399.9-920.000, didaftarkan melalui pemberi kerja.",
        "76.383.399.9-920.000",
        "npwp",
        id="a-list-items-word-ending-its-line-says-nothing-of-the-next-item",
    ),
    pytest.param(
        "DINAS PERTANIAN KOTA KUPANG\nDAFTAR PENERIMAAN HONORARIUM NARASUMBER\n"
        "Kegiatan : Pelatihan Kader\n\nNama Narasumber : Marthen Kolimon, S.Pd.\n"
        "Instansi        : SD Katolik Santa Maria Oebufu\nNIP             : 19800912 200601 1 007\n"
        "NPWP/NIK       : 5303131209800642\nPangkat/Gol.    : IV/a",
        "5303131209800642",
        "npwp",
        id="an-npwp-on-a-civil-servants-form-under-the-workplaces-line",
    ),
    pytest.param(
        "Rekap NPWP guru honor SMPN 9 KUPANG\nNPSN 50312205 | NPWP sekolah 710216913921000\n"
        "1. Siti Mulyani \u2014 5371015509721604\n2. Rambu Kahi \u2014 76 892 584 8 924 000\n"
        "3. Umbu Ndeta \u2014 belum punya, NIK 5371022010020855\n"
        "4. Lukas Tallo \u2014 55.261.109.2.920.000\n5. Bambang \u2014 5371 0526 0864 1021",
        "76 892 584 8 924 000",
        "npwp",
        id="an-old-npwp-with-its-groups-set-apart-by-spaces",
    ),
    pytest.param(
        "Rekap NPWP guru honor SMPN 9 KUPANG\nNPSN 50312205 | NPWP sekolah 710216913921000\n"
        "1. Siti Mulyani \u2014 5371015509721604\n2. Rambu Kahi \u2014 76 892 584 8 924 000\n"
        "3. Umbu Ndeta \u2014 belum punya, NIK 5371022010020855\n"
        "4. Lukas Tallo \u2014 55.261.109.2.920.000\n5. Bambang \u2014 5371 0526 0864 1021",
        "5371 0526 0864 1021",
        "npwp",
        id="a-nik-shaped-number-two-items-under-a-persons-npwp-in-a-list",
    ),
    pytest.param(
        "DIREKTORAT JENDERAL PAJAK\nNPWP16 : 5371035410970475\nNAMA : SELFINA MANU",
        "5371035410970475",
        "npwp",
        id="a-cards-npwp16-label",
    ),
    pytest.param(
        "BUKTI POTONG\nNPWP Penerima : 0540446841920O0O\nNPWP Bendahara : 0O07991546920000",
        "0540446841920O0O",
        "npwp",
        id="a-scanned-sixteen-digit-npwp-with-a-letter-for-a-digit",
    ),
    pytest.param(
        "BUKTI POTONG\nNPWP Penerima : 0540446841920O0O\nNPWP Bendahara : 0O07991546920000",
        "0O07991546920000",
        None,
        id="a-scanned-treasurers-npwp-with-a-letter-for-a-digit",
    ),
    pytest.param(
        "Selamat pagi Ibu, bendahara minta NPWP semua guru honor. Ini punya sy 5371011306050062",
        "5371011306050062",
        "npwp",
        id="a-niks-shape-given-as-mine-where-an-npwp-is-asked-for",
    ),
    pytest.param(
        "[10.16] Bendahara: Mohon kirim NPWP pribadi.\n[11.34] Bendahara: Yang sudah padan pakai "
        "NIK 16 digit.\n[11.50] Rahel: Ini punya sy 5371036812890590",
        "5371036812890590",
        "npwp",
        id="a-niks-shape-given-as-mine-a-turn-after-the-nik-is-said-to-serve",
    ),
    pytest.param(
        "Petugas bank minta data untuk buka rekening. Ini punya saya: 5371044407900012",
        "5371044407900012",
        "nik",
        id="a-niks-shape-given-as-mine-where-no-npwp-is-spoken-of",
    ),
    pytest.param(
        "[VN 0:47] halo kaka, sa Paulus Lenggu, sa pung usaha laundry di rumah, NPWP sa "
        "85.930.712.9-924.000, kemarin bayar pajak.",
        "85.930.712.9-924.000",
        "npwp",
        id="kupangs-sa-after-the-npwp-of-a-business-at-home",
    ),
    pytest.param(
        "KUITANSI SEWA KIOS\nTerima dari : Imelda Ully\nPemilik kios : Yunus Djami, NPWP "
        "82.509.800.0-922.000\nPPh 4(2) disetor",
        "82.509.800.0-922.000",
        "npwp",
        id="the-npwp-of-a-businesss-owner-named-in-its-field",
    ),
    pytest.param(
        "Ade Rafael minta beta pung NPWP untuk lamar kerja di PT Timor Kencana Abadi. Beta kasi "
        "15.546.070.3-923.000. Ma dia pake untuk daftar pinjol.",
        "15.546.070.3-923.000",
        "npwp",
        id="a-persons-npwp-used-for-a-company-named-after-it",
    ),
    pytest.param(
        "[10.36] Yohanis: BCA minta NPWP pribadi kita semua. NPWP koperasi 02.340.487.4-920.001 "
        "sudah sy kasih.\n[10.45] Umbu: Punya sy 5371060104970607\n[10.51] Benediktus: "
        "44.571.574.4-921.000 ini yg lama",
        "44.571.574.4-921.000",
        "npwp",
        id="a-bodys-npwp-given-in-an-earlier-turn-says-nothing-of-a-later-number",
    ),
    pytest.param(
        "[10.36] Yohanis: BCA minta NPWP pribadi kita semua. NPWP koperasi 02.340.487.4-920.001 "
        "sudah sy kasih.\n[10.45] Umbu: Punya sy 5371060104970607\n[10.51] Benediktus: "
        "44.571.574.4-921.000 ini yg lama",
        "02.340.487.4-920.001",
        None,
        id="a-cooperatives-npwp-in-a-chat-about-members-npwps",
    ),
    pytest.param(
        "Rumah saya dengan NOP 53.71.041.003.016-6291.3. Data NPWP yang tercantum di SPPT itu "
        "04.327.955.5-920.000 memang NPWP saya.",
        "04.327.955.5-920.000",
        "npwp",
        id="an-npwp-as-a-tax-paper-has-it",
    ),
    pytest.param(
        "Kode Paket | Produk | Penyedia | NPWP/NITKU | Status\nEP-171 | Kertas HVS | "
        "UD CAHAYA SUMBA | 0629736076920000 | Selesai\nEP-172 | Meja | ARNOLDUS GOA (perorangan) | "
        "66.559.695.4-924.000 | Dikirim",
        "0629736076920000",
        None,
        id="a-suppliers-npwp-in-a-register-of-suppliers",
    ),
    pytest.param(
        "Kode Paket | Produk | Penyedia | NPWP/NITKU | Status\nEP-171 | Kertas HVS | "
        "UD CAHAYA SUMBA | 0629736076920000 | Selesai\nEP-172 | Meja | ARNOLDUS GOA (perorangan) | "
        "66.559.695.4-924.000 | Dikirim",
        "66.559.695.4-924.000",
        "npwp",
        id="a-sole-traders-npwp-its-name-cell-says-perorangan",
    ),
    pytest.param(
        "KUITANSI\nSudah terima dari : Bendahara Pengeluaran Dinas PTSP\n"
        "Uang sejumlah : Rp 8.000.000\n\nYang menerima,\n(meterai 10.000)\nAloysius Padafani\n"
        "NIK  : 5371011303790414\n"
        "NPWP : 73.634.337.3-924.000",
        "73.634.337.3-924.000",
        "npwp",
        id="an-npwp-under-a-receipts-signer-and-nik",
    ),
    pytest.param(
        "Helpdesk KPP: NIK tsb sudah aktif a.n. NOVITA BOLEN. NITKU lokasi usaha: "
        "5310044908911115000003. Silakan sampaikan ke bendahara.",
        "5310044908911115000003",
        "npwp",
        id="a-persons-nitku-of-a-place-of-business",
    ),
    pytest.param(
        "Agen: Usaha perorangan cukup pakai NPWP pribadi bapak. NPWP bapak?\n"
        "Penelepon: Pakai NIK, 5371, 0616, 0270, 0264.",
        "5371, 0616, 0270, 0264",
        "npwp",
        id="a-nik-read-out-with-commas-as-the-npwp-asked-for",
    ),
    pytest.param(
        "Petugas: NIK ibu?\nIbu: NIK, 5314, 0404, 1209, 3351.",
        "5314, 0404, 1209, 3351",
        "nik",
        id="a-nik-read-out-with-commas-after-its-word-and-a-comma",
    ),
    pytest.param(
        "Agen: NPWP bapak?\nPenelepon: Pakai NIK, 9971, 0616, 0270, 0264.",
        "9971, 0616, 0270, 0264",
        "npwp",
        id="a-nik-read-out-with-commas-as-the-npwp-whatever-its-digits",
    ),
    pytest.param(
        "A. IDENTITAS PENERIMA PENGHASILAN\nA.1 NPWP/NIK : 14.927.484.5-920.O0O\n"
        "A.2 Nama     : DOMINGGUS NALLE",
        "14.927.484.5-920.O0O",
        "npwp",
        id="a-scanned-old-npwp-under-an-npwp-and-nik-label",
    ),
    pytest.param(
        "INVOICE\nDari    : Imanuel Hurek \u2014 Jasa Service AC (usaha perorangan)\n"
        "NPWP    : 5371030508920131\nKepada  : CV CAHAYA MUTIS\nNPWP    : 74.075.078.2-920.000",
        "74.075.078.2-920.000",
        None,
        id="a-companys-npwp-under-its-addressee-line-after-a-sole-traders",
    ),
    pytest.param(
        "INVOICE\nDari    : Imanuel Hurek \u2014 Jasa Service AC (usaha perorangan)\n"
        "NPWP    : 5371030508920131\nKepada  : CV CAHAYA MUTIS\nNPWP    : 74.075.078.2-920.000",
        "5371030508920131",
        "npwp",
        id="a-sole-traders-npwp-on-the-invoice-they-send",
    ),
]


def test_a_lists_item_number_is_no_part_of_the_number_after_it() -> None:
    text = "Terdaftar dua NPWP, yaitu:\n1. 79.083.663.6-920.000;\n2) 5371012306730584 (NIK)"
    found = [(text[f.start : f.end], f.kind.value) for f in Redactor.default().find(text)]
    assert found == [("79.083.663.6-920.000", "npwp"), ("5371012306730584", "nik")]


@pytest.mark.parametrize(("text", "value", "kind"), NUMBERS_BY_THEIR_SHAPE)
def test_numbers_by_their_shape_as_the_guide_says(text: str, value: str, kind: str | None) -> None:
    # (the last writing: a number written again is read there)
    kinds = kinds_over(Redactor.default(), text, text.rindex(value), len(value))
    assert kinds == ([] if kind is None else [kind])


WHOSE_CONTACT_DETAILS = [
    pytest.param(
        "*PENGUMUMAN KERJA BAKTI RT 17*\nBapa mama, hari Sabtu kita kerja bakti.",
        "RT 17",
        None,
        id="a-neighbourhoods-notice-heading-in-a-chats-bold-marks",
    ),
    pytest.param(
        "DATA KEPALA KELUARGA RT 04/RW 02 KEL. OEBUFU\nNo | Nama | No HP",
        "RT 04/RW 02",
        None,
        id="a-neighbourhoods-list-under-its-data-heading",
    ),
    pytest.param(
        "SMPN 14 KUPANG\nNPSN 50304529 · Jl. Adisucipto No. 45 · Telp. (0380) 881 402",
        "Jl. Adisucipto No. 45",
        None,
        id="a-schools-seat-after-its-register-number-on-its-letterhead",
    ),
    pytest.param(
        "PAGUYUBAN NELAYAN OESAPA\nSekretariat: Jl. Timor Raya No. 210, Kupang",
        "Jl. Timor Raya No. 210",
        None,
        id="a-bodys-seat-under-its-secretariats-label",
    ),
    pytest.param(
        "Travel Kupang-Soe, jemput antar.\nKantor: Jl. Cak Doko No. 19, telp (0380) 831 220",
        "Jl. Cak Doko No. 19",
        None,
        id="a-businesss-seat-under-its-offices-label",
    ),
    pytest.param(
        "Nama: Maria Nenobais\nAlamat: Jl. Cak Doko No. 19, RT 03/RW 01",
        "Jl. Cak Doko No. 19, RT 03/RW 01",
        "address",
        id="a-persons-home-under-a-forms-address-label",
    ),
    pytest.param(
        "Pendaftaran ulang · ppid.dinkes@kupangkota.go.id · 0812 3366 7140",
        "0812 3366 7140",
        None,
        id="a-line-after-an-offices-mailbox-and-a-middle-dot",
    ),
    pytest.param(
        "Konfirmasi paling lambat Jumat ke kantor kelurahan (0380) 839 033 atau WA operator "
        "0812 3366 7140.",
        "0812 3366 7140",
        None,
        id="an-offices-operator-listed-after-its-line",
    ),
    pytest.param(
        "Pinjaman blm jatuh tempo tapi collector dong su teror pakai nomor 0857 3320 1184.",
        "0857 3320 1184",
        None,
        id="a-collectors-number-three-words-after-the-collector",
    ),
    pytest.param(
        "Info lanjut: kantor kecamatan 0380-821114 atau WA sa pribadi 0812 3366 7140.",
        "0812 3366 7140",
        "phone",
        id="a-persons-own-number-after-an-offices-line",
    ),
    pytest.param(
        "DATA KOPERASI\nNama Koperasi : KOPERASI NELAYAN TELUK KUPANG\n"
        "Alamat : Jl. Moh. Hatta No. 12\nEmail : nelayantelukkupang@yahoo.co.id",
        "nelayantelukkupang@yahoo.co.id",
        None,
        id="a-mailbox-spelling-a-bodys-name-that-a-names-few-letters-open",
    ),
    pytest.param(
        "SINAR PRINT OEBOBO\nOffset - Digital Printing\nJL. PERINTIS KEMERDEKAAN NO. 15, KUPANG | "
        "(0380) 889717 | sinarprintoebobo@gmail.com",
        "sinarprintoebobo@gmail.com",
        None,
        id="a-mailbox-spelling-the-letterheads-name-in-capitals",
    ),
    pytest.param(
        "YOSEPH MANAFE\nJl. Kenanga No. 3, Kupang\nyosephmanafe@gmail.com",
        "yosephmanafe@gmail.com",
        "email",
        id="a-mailbox-spelling-a-persons-name-heading-a-letter",
    ),
    pytest.param(
        "Tarif transfer tidak pernah diubah lewat link. Laporkan ke halobank@bri.co.id.",
        "halobank@bri.co.id",
        None,
        id="a-desks-word-run-into-more-on-a-companys-domain",
    ),
    pytest.param(
        "Tanya saja ke petugas kami, halo.yanti@bri.co.id.",
        "halo.yanti@bri.co.id",
        "email",
        id="a-desks-word-before-a-persons-name-on-a-companys-domain",
    ),
    pytest.param(
        "Pengaduan OJK 157, email konsumen@ojk.go.id. Surat PBB dari "
        "wajibpajak-pbb@kupangkota.go.id.",
        "wajibpajak-pbb@kupangkota.go.id",
        None,
        id="a-taxpayers-desk-on-an-offices-domain",
    ),
    pytest.param(
        "Pengaduan OJK 157, email konsumen@ojk.go.id. Surat PBB dari "
        "wajibpajak-pbb@kupangkota.go.id.",
        "konsumen@ojk.go.id",
        None,
        id="a-consumers-desk-on-an-agencys-domain",
    ),
    pytest.param(
        "Bank NTT 015.01.02.549872-5 a.n. POSKO PEDULI. Konfirmasi ke poskopeduli.kupang@gmail.com",
        "poskopeduli.kupang@gmail.com",
        None,
        id="a-relief-posts-mailbox",
    ),
    pytest.param(
        "Pesan nasi kotak, pesan paling lambat H-2.\n\u2709\ufe0f "
        "tigarasakuaninokatering@gmail.com",
        "tigarasakuaninokatering@gmail.com",
        None,
        id="a-mailbox-running-a-businesss-kind-into-its-name",
    ),
    pytest.param(
        "Diisi HRD: mulai kerja 10 April 2025, email HRD telukbiru.kupang@gmail.com, "
        "telp 0380-854320",
        "telukbiru.kupang@gmail.com",
        None,
        id="a-companys-hiring-desks-mailbox",
    ),
    pytest.param(
        "PAGUYUBAN PEDAGANG PASAR OESAPA\nSekretariat: Los E-23, Pasar Oesapa \u2014 email "
        "ppp.pasarkupang@gmail.com",
        "ppp.pasarkupang@gmail.com",
        None,
        id="a-traders-associations-mailbox-on-its-letterhead",
    ),
    pytest.param(
        "TOKO I KETUT WIRAWAN \u2014 BANGUNAN & LISTRIK\nPesan antar: WA 0853-4875-3428\n"
        "Email: iketutwirawan@rocketmail.com",
        "iketutwirawan@rocketmail.com",
        "email",
        id="a-mailbox-spelling-a-balinese-owners-name-under-the-shop",
    ),
    pytest.param(
        "MAJU ELEKTRONIK KUPANG \u2013 PROMO AKHIR BULAN\nOrder: WA +6285161669017\n"
        "Email: majukupang.kupang@gmail.com",
        "majukupang.kupang@gmail.com",
        None,
        id="a-mailbox-spelling-a-letterheads-name-with-a-word-left-out",
    ),
    pytest.param(
        "From: Fransiska Pakh <fransiska.pakh@gmail.com>\nTo: LLDIKTI Wilayah XV "
        "<lldikti15@kemdikbud.go.id>\nSubject: Ijazah ditahan kampus",
        "lldikti15@kemdikbud.go.id",
        None,
        id="an-agencys-regional-office-in-a-mail-header",
    ),
    pytest.param(
        "DIREKTORI SEKOLAH DASAR\nSekolah | NPSN | Kepala Sekolah | HP Kepsek | Email Sekolah | "
        "Email Kepsek\nSDN Oesapa Selatan 1 | 50394089 | Yermias Dhiu | 089655717607 | "
        "sdnoesapaselatan1@yahoo.co.id | yermias.dhiu@guru.sd.belajar.id",
        "yermias.dhiu@guru.sd.belajar.id",
        "email",
        id="a-head-teachers-mailbox-in-a-directory-of-schools",
    ),
    pytest.param(
        "DIREKTORI SEKOLAH DASAR\nSekolah | NPSN | Kepala Sekolah | HP Kepsek | Email Sekolah | "
        "Email Kepsek\nSDN Oesapa Selatan 1 | 50394089 | Yermias Dhiu | 089655717607 | "
        "sdnoesapaselatan1@yahoo.co.id | yermias.dhiu@guru.sd.belajar.id",
        "089655717607",
        "phone",
        id="a-head-teachers-mobile-in-a-directory-of-schools",
    ),
    pytest.param(
        "DIREKTORI SEKOLAH DASAR\nSekolah | NPSN | Kepala Sekolah | HP Kepsek | Email Sekolah | "
        "Email Kepsek\nSDN Oesapa Selatan 1 | 50394089 | Yermias Dhiu | 089655717607 | "
        "sdnoesapaselatan1@yahoo.co.id | yermias.dhiu@guru.sd.belajar.id",
        "Yermias Dhiu",
        "name",
        id="a-head-teacher-named-in-a-directory-of-schools",
    ),
    pytest.param(
        "DIREKTORI SEKOLAH DASAR\nSekolah | NPSN | Kepala Sekolah | HP Kepsek | Email Sekolah | "
        "Email Kepsek\nSDN Oesapa Selatan 1 | 50394089 | Yermias Dhiu | 089655717607 | "
        "sdnoesapaselatan1@yahoo.co.id | yermias.dhiu@guru.sd.belajar.id",
        "sdnoesapaselatan1@yahoo.co.id",
        None,
        id="a-schools-mailbox-in-a-directory-of-schools",
    ),
    pytest.param(
        "REKAP DATA BUMDES\nBUMDes | NPWP BUMDes | Direktur | NPWP Direktur | HP Direktur\n"
        "BUMDes Berkat Mandiri Tesabela | 02.233.701.2-921.000 | Sri Wahyuningsih | "
        "54.733.955.4-920.000 | 0852869395017",
        "54.733.955.4-920.000",
        "npwp",
        id="a-directors-npwp-beside-the-village-enterprises",
    ),
    pytest.param(
        "REKAP DATA BUMDES\nBUMDes | NPWP BUMDes | Direktur | NPWP Direktur | HP Direktur\n"
        "BUMDes Berkat Mandiri Tesabela | 02.233.701.2-921.000 | Sri Wahyuningsih | "
        "54.733.955.4-920.000 | 0852869395017",
        "02.233.701.2-921.000",
        None,
        id="a-village-enterprises-npwp-beside-its-directors",
    ),
    pytest.param(
        "DATA POKTAN\nKelompok | Ketua | Email\n"
        "Poktan Maulafa | (kosong) | poktan.maulafa@gmail.com",
        "kosong",
        None,
        id="an-empty-post-in-a-register",
    ),
    pytest.param(
        "NPWP bendahara sekolah: 00.267.839.5-920.000 \u00b7 NPWP satuan pendidikan "
        "01.351.539.3-920.000",
        "01.351.539.3-920.000",
        None,
        id="an-educational-units-npwp",
    ),
    pytest.param(
        "LAPORAN PENERIMAAN DANA DIAKONIA\n1. Kel. Oematan Rp150.000\n2. Ibu Dorkas Dhiu Rp 75.000",
        "Oematan",
        "name",
        id="a-family-by-its-name-after-kel",
    ),
    pytest.param(
        "[22/07/2025 09.00] Theresia L: Selamat pagi bapa mama orang tua siswa kelas 5A",
        "Theresia L",
        "name",
        id="a-chats-speaker-with-a-familys-initial",
    ),
    pytest.param(
        "JADWAL PIKET HELPDESK OSS\nHari | Petugas | HP\nSenin | Yusak Taneo | 0821-505-3587\n"
        "Rabu | Petugas loket 3 | 0813-2337-4005\nJumat | Linmas MPP | +6282336213959",
        "0813-2337-4005",
        None,
        id="a-desks-number-on-a-duty-roster",
    ),
    pytest.param(
        "JADWAL PIKET HELPDESK OSS\nHari | Petugas | HP\nSenin | Yusak Taneo | 0821-505-3587\n"
        "Rabu | Petugas loket 3 | 0813-2337-4005\nJumat | Linmas MPP | +6282336213959",
        "0821-505-3587",
        "phone",
        id="a-persons-number-on-a-duty-roster",
    ),
    pytest.param(
        "Format order: NAMA#ALAMAT#NO HP#PRODUK\nContoh: Budi#Jl. Contoh No. 1#081234567890#Pulsa",
        "081234567890",
        None,
        id="a-number-in-an-example-its-label-opens-the-line-with",
    ),
    pytest.param(
        "Nomor HP aktif* (contoh: 081234567890)    : 0853-7068-6304",
        "0853-7068-6304",
        "phone",
        id="the-number-filled-in-after-an-examples-bracket",
    ),
    pytest.param(
        'Aturan grup:\n1. Wajib tulis harga & lokasi. Contoh: "Dijual kulkas 2 pintu, '
        'Rp 1.500.000, Oebobo, hub 0812-3456-7890".',
        "0812-3456-7890",
        None,
        id="a-number-in-a-quoted-example-its-label-opens-far-back-on-its-line",
    ),
    pytest.param(
        "Komentar\nKue Lontar Oebobo: Kami jg ready kue kering kak, order di WA 0853 4905 7032",
        "0853 4905 7032",
        None,
        id="a-cake-shops-page-commenting-with-its-order-line",
    ),
    pytest.param(
        "[14.35] UD CAHAYA SUMBA: Kami UD ka, pakai NIB 9120355564819 sj ko? "
        "Kontak kami 0819 9370 139",
        "0819 9370 139",
        None,
        id="a-companys-account-giving-its-line-in-a-chat",
    ),
    pytest.param(
        "Total : Rp 2.500.000\nDP 50% transfer ke Mandiri 1520057103628 a.n. KATERING TIGA RASA "
        "KUANINO. Kalau transfer dari rekening lain, kirim bukti ya.",
        "1520057103628",
        None,
        id="an-account-held-by-a-caterer-named-after-it",
    ),
    pytest.param(
        "To: jemaat.filadelfia@gmail.com; jemaatmoriaairmata@gmail.com\nSubject: Surat edaran",
        "jemaatmoriaairmata@gmail.com",
        None,
        id="a-congregations-mailbox-its-name-run-on",
    ),
    pytest.param(
        "Pada Rabu, Analis Kredit Bank NTT <kredit.kupang@bankntt.co.id> menulis:",
        "kredit.kupang@bankntt.co.id",
        None,
        id="a-banks-credit-desk",
    ),
    pytest.param(
        "Sdh WA ke layanan konsumen dan email konsumen@transmart.co.id, katanya akan dicek.",
        "konsumen@transmart.co.id",
        None,
        id="a-shops-customers-desk-on-its-domain",
    ),
    pytest.param(
        "Cek katalog di www.matahari.co.id atau IG @matahari.kupang. Info: (0380) 818565",
        "IG @matahari.kupang. Info",
        None,
        id="a-pages-handle-after-its-network",
    ),
    pytest.param(
        "Posyandu | Kader | HP Koordinator | WA Posyandu\nMawar 2 Oebufu | Maria Tefa | "
        "0812 3456 7890 | 6282319441683",
        "6282319441683",
        None,
        id="a-health-posts-own-column",
    ),
    pytest.param(
        "Posyandu | Kader | HP Koordinator | WA Posyandu\nMawar 2 Oebufu | Maria Tefa | "
        "0812 3456 7890 | 6282319441683",
        "0812 3456 7890",
        "phone",
        id="its-coordinators-own-column",
    ),
    pytest.param(
        "Posyandu | Hari | Jam | WA\nTeratai IV Oebufu | Senin minggu I | 08.00 | 0813-4580-0962",
        "0813-4580-0962",
        None,
        id="a-directory-of-health-posts",
    ),
    pytest.param(
        "Nama LKSA | Alamat | Pengasuh | HP Pengasuh\nHati Kudus | Jl. Jend. Sudirman No. 90 | "
        "Ni Ketut Rusmini | 0813 4310 9213",
        "Jl. Jend. Sudirman No. 90",
        None,
        id="a-childrens-homes-seat-in-its-register",
    ),
    pytest.param(
        "SURAT RUJUKAN\nPuskesmas Penfui · Jl. Amabi No. 122 · Telp (0380) 894153",
        "Jl. Amabi No. 122",
        None,
        id="a-seat-after-a-dot-on-a-bodys-heading-line",
    ),
    pytest.param(
        "KSP BERKAT BERSAMA\nBadan Hukum No. 859/BH/XIV.4/2002 · Jl. Amabi No. 79, Kupang",
        "Jl. Amabi No. 79",
        None,
        id="a-cooperatives-seat-under-its-heading",
    ),
    pytest.param(
        "Nama: Yosef Ndun · Jl. Amabi No. 12 · HP 081234567890",
        "Jl. Amabi No. 12",
        "address",
        id="a-persons-home-after-a-dot-stays-a-home",
    ),
    pytest.param(
        "IURAN SAMPAH & KEAMANAN RT 36/RW 10 KEL. KOLHUA\nBulan September 2026",
        "RT 36/RW 10",
        None,
        id="a-neighbourhoods-dues-heading-with-an-ampersand",
    ),
    pytest.param(
        "Daftar lansia penerima bantuan sembako Diakonia RT 23\n1. Oma Rahel Kiuk (66 thn)",
        "RT 23",
        None,
        id="a-long-list-heading-naming-its-neighbourhood",
    ),
    pytest.param(
        "Fogging: Sabtu jam 15.00 RT 35, RT 16 dan RT 40; Rabu jam 15.00 RT 12. Tutup makanan.",
        "RT 12",
        None,
        id="a-schedules-turn-after-its-time",
    ),
    pytest.param(
        "Selamat sore mama-mama RT 07, besok ada posyandu balita.",
        "RT 07",
        None,
        id="the-residents-addressed",
    ),
    pytest.param(
        "Nama | Spesialis | Tempat | Kontak\ndr. Wa Ode Rahmiati, Sp.A | anak | Klinik Kasih "
        "Bunda | 0380-829035\ndr. Dorkas Tungga | umum | rumah, Jl. Matani No.115 | 081234567890",
        "0380-829035",
        None,
        id="a-clinics-line-in-a-doctors-row",
    ),
    pytest.param(
        "Nama | Spesialis | Tempat | Kontak\ndr. Wa Ode Rahmiati, Sp.A | anak | Klinik Kasih "
        "Bunda | 0380-829035\ndr. Dorkas Tungga | umum | rumah, Jl. Matani No.115 | 081234567890",
        "Jl. Matani No.115",
        "address",
        id="a-doctors-home-in-the-place-column",
    ),
    pytest.param(
        "Rumah Sakit | Alamat | IGD | WA Pendaftaran\nRS Leona | Jl. Eltari II | (0380) 821 5240 "
        "| 0823.7356.92901",
        "0823.7356.92901",
        None,
        id="a-directory-of-hospitals",
    ),
    pytest.param(
        "JADWAL KURIR - JNE Oesapa\nSenin | Agustinus Kelen | 0812-6286-6588 | Kel. Oesapa\n"
        "Kantor | - | (0380) 814430 | Jl. Veteran No. 27",
        "Jl. Veteran No. 27",
        None,
        id="an-offices-row-opened-by-its-word",
    ),
    pytest.param(
        "ALFAMART OEBUFU 2\nJl. Piet A. Tallo No. 45 KUPANG\nNPWP 02.117.833.2-092.000",
        "Jl. Piet A. Tallo No. 45",
        None,
        id="a-chain-stores-receipt-heading",
    ),
    pytest.param(
        "Asistensi pengisian SPT dibuka Senin-Jumat, jam 08.00-15.00 di Jl. El Tari No. 154.",
        "Jl. El Tari No. 154",
        None,
        id="where-a-service-opens",
    ),
    pytest.param(
        "Outlet       : Flobamora Ponsel, Jl. Cak Doko No. 86, telp (0380) 822 539",
        "Jl. Cak Doko No. 86",
        None,
        id="a-forms-outlet",
    ),
    pytest.param(
        "Kurir JNE yang biasa antar ke kompleks kami tu Om Hong Bing, nomornya 0821 4622 81954, "
        "dia bilang JNE sonde pernah kirim apk.",
        "0821 4622 81954",
        "phone",
        id="a-courier-named-before-his-own-number",
    ),
    pytest.param(
        "FORMAT CV PELAMAR (template, hapus tulisan contoh)\nNIK : 1234567890123456\n"
        "NPWP : 12.345.678.9-012.000\nHP : 0812-3456-7890",
        "1234567890123456",
        None,
        id="a-templates-counted-up-nik",
    ),
    pytest.param(
        "FORMAT CV PELAMAR (template, hapus tulisan contoh)\nNIK : 1234567890123456\n"
        "NPWP : 12.345.678.9-012.000\nHP : 0812-3456-7890",
        "12.345.678.9-012.000",
        None,
        id="a-templates-counted-up-npwp",
    ),
    pytest.param(
        "FORMAT CV PELAMAR (template, hapus tulisan contoh)\nNIK : 1234567890123456\n"
        "NPWP : 12.345.678.9-012.000\nHP : 0812-3456-7890",
        "0812-3456-7890",
        None,
        id="a-templates-counted-up-mobile",
    ),
    pytest.param(
        "NIK 1234567890123456 ini kata petugas tidak valid",
        "1234567890123456",
        "nik",
        id="a-complaints-own-nik-however-it-looks",
    ),
    pytest.param(
        "NPWP : 99.999.999.9-999.999 atau NIK 16 digit",
        "99.999.999.9-999.999",
        None,
        id="a-forms-nines",
    ),
    pytest.param(
        "Sudah terima dari : Bendahara Pengeluaran UKPBJ (NPWP 00.945.124.7-920.000)",
        "00.945.124.7-920.000",
        None,
        id="a-spending-treasurers-unit-by-its-short-name",
    ),
    pytest.param(
        "[21/05/2026 13.57] PT TENUN NUSANTARA: Siap. Kami bawa akta pendirian, NIB "
        "5309133562781, NPWP 93.865.826.3-921.000 dan SPT tahun 2021.",
        "93.865.826.3-921.000",
        None,
        id="a-company-speaking-gives-its-npwp",
    ),
    pytest.param(
        "Kode | Penyedia | Bentuk | NPWP/NITKU | Pemilik | HP Pemilik\n"
        "LOG-3889 | CV SASANDO JAYA | Badan usaha | 96.148.700.0-920.000 | (direksi) | "
        "0380 819432\nDRF-7172 | UD NUSA KENARI | Badan usaha | 04.173.210.4-092.100 | "
        "YUSUF NEONUFA | 0816 3437 1539",
        "96.148.700.0-920.000",
        None,
        id="a-companys-npwp-beside-an-owners-column",
    ),
    pytest.param(
        "Kode | Penyedia | Bentuk | NPWP/NITKU | Pemilik | HP Pemilik\n"
        "LOG-3889 | CV SASANDO JAYA | Badan usaha | 96.148.700.0-920.000 | (direksi) | "
        "0380 819432\nDRF-7172 | UD NUSA KENARI | Badan usaha | 04.173.210.4-092.100 | "
        "YUSUF NEONUFA | 0816 3437 1539",
        "0816 3437 1539",
        "phone",
        id="the-owners-own-mobile-on-a-companys-row",
    ),
    pytest.param(
        "Kantor Hukum, Jl. El Tari No. 103, Kupang, telp kantor 0380-853641, email "
        "advokat.oebobo@gmail.com",
        "advokat.oebobo@gmail.com",
        None,
        id="a-law-offices-mailbox",
    ),
    pytest.param(
        "Ok. Kantor notaris tu (0380) 870 654, email kantornotaris.kupang@gmail.com. Nanti cek.",
        "kantornotaris.kupang@gmail.com",
        None,
        id="a-notarys-office-mailbox",
    ),
    pytest.param(
        "Sy kerja di kantor PUPR, email: maria.tefa@gmail.com",
        "maria.tefa@gmail.com",
        "email",
        id="a-persons-mailbox-after-her-workplace",
    ),
    pytest.param(
        "No,Nama Pemohon,NIK,Alamat,No HP,Rekening\n1,SKOLASTIKA BEDA,5313016612820088,"
        "RT 011/RW 011,087858337314,00203010192835\n2,SEPRIANUS MESAH,5371051806770129,"
        "Jl. Taebenu No. 8A, RT 43/RW 01,-,007.05.04.481488-5",
        "007.05.04.481488-5",
        "bank_account",
        id="an-account-after-an-address-with-its-comma",
    ),
    pytest.param(
        "REFERENSI\n1. Paulus Goa, atasan langsung di CV Sabu Raya, HP 0823 4668 174\n"
        "2. Kantor CV Sabu Raya: 0380 878426",
        "0823 4668 174",
        "phone",
        id="a-referees-mobile-after-the-company-he-works-at",
    ),
    pytest.param(
        "REFERENSI\n1. Paulus Goa, atasan langsung di CV Sabu Raya, HP 0823 4668 174\n"
        "2. Kantor CV Sabu Raya: 0380 878426",
        "0380 878426",
        None,
        id="the-companys-own-line",
    ),
    pytest.param(
        "Tempat tugas sekarang : Badan Pendapatan Daerah Kota Kupang (Jl. W.J. Lalamentik No. "
        "17, telp 0380-853 508)",
        "Jl. W.J. Lalamentik No. 17",
        None,
        id="a-workplaces-seat",
    ),
    pytest.param(
        "Penyedia : PT Karya Lontar\nNPWP Penyedia : 02.757.763.6-924.000\nNIB : "
        "7337525397303\nAlamat : Jl. Frans Seda No. 65, Kupang.",
        "Jl. Frans Seda No. 65",
        None,
        id="a-suppliers-seat-under-its-numbers",
    ),
    pytest.param(
        "Kasir di CV Teluk Persada (2021 - 2025), Jl. Cak Doko No. 140",
        "Jl. Cak Doko No. 140",
        None,
        id="a-past-employers-seat",
    ),
    pytest.param(
        "Bagi penerima yang rekeningnya ditolak, silakan membawa buku tabungan ke Jl. "
        "Adisucipto No. 120 atau mengirim ke layanan.dikbud@kupangkota.go.id.",
        "Jl. Adisucipto No. 120",
        None,
        id="where-a-notice-asks-papers-brought",
    ),
    pytest.param(
        "Berkas dikirim ke dikbud@kupangkota.go.id atau diantar ke Jl. Cak Doko No. 26.",
        "Jl. Cak Doko No. 26",
        None,
        id="where-papers-are-delivered",
    ),
    pytest.param(
        "Kepada Yth. HRD CV Surya Kupang\nJl. Herewila No. 62, Kupang",
        "Jl. Herewila No. 62",
        None,
        id="a-companys-hiring-desk-addressed",
    ),
    pytest.param(
        "Nama debitur : Tjoa Ay Lin\nNIK          : 5371065709960079",
        "Tjoa Ay Lin",
        "name",
        id="a-name-after-a-persons-field-of-two-words",
    ),
    pytest.param(
        "Nama kos: Kost Pelangi Penfui\nPemilik: Marthen Kapita",
        "Kost Pelangi",
        None,
        id="a-boarding-houses-name-field",
    ),
    pytest.param(
        "benyamin mesakh: kos di dekat Undana yg bersih dmana e?\n"
        "kos_griya_penfui: Di kami ada kak, IDR 1.050.000, WA +62 853-4384-5581",
        "+62 853-4384-5581",
        None,
        id="a-boarding-houses-handle-speaking",
    ),
    pytest.param(
        "PIHAK PERTAMA : Pejabat Pembuat Komitmen Dinas Penanaman Modal dan Pelayanan Terpadu "
        "Satu Pintu Kota Kupang, Jl. Moh. Hatta No. 8\nPIHAK KEDUA : CV LOPO INDAH",
        "Jl. Moh. Hatta No. 8",
        None,
        id="a-commitment-officers-long-office-seat",
    ),
    pytest.param(
        "Objek sewa: ruko di Jl. Piet A. Tallo No. 30, SHM No. 05881",
        "Jl. Piet A. Tallo No. 30",
        None,
        id="a-shop-house-let",
    ),
    pytest.param(
        "Objek sewa: rumah tinggal di Jl. Belimbing No. 27, Kel. Airnona.",
        "Jl. Belimbing No. 27",
        "address",
        id="a-house-let-is-a-home",
    ),
    pytest.param(
        "jual tiket kapal murah, minta transfer ke DANA 6282334288181 yang punya nama Ance.",
        "6282334288181",
        "phone",
        id="a-wallet-written-from-its-country-code",
    ),
    pytest.param(
        "REFERENCES\nMarthen Benu - supervisor, CV Timor Mandiri - 62821790308970",
        "62821790308970",
        "phone",
        id="a-company-named-mandiri-is-no-bank",
    ),
    pytest.param(
        "Dana dikembalikan ke rek Mandiri 1760015267013 a.n. pelapor.",
        "1760015267013",
        "bank_account",
        id="the-bank-mandiri",
    ),
    pytest.param(
        "SDH 3X KE KPP TDK ADA HASIL. MOHON DIBANTU. DWI HARTANTI O8S2-727S-234",
        "O8S2-727S-234",
        "phone",
        id="a-lettered-mobile-after-a-signature",
    ),
    pytest.param(
        "PANGKALAN OJEK\nANTAR JEMPUT ANAK SEKOLAH\nHUB KORLAP 0838-l769-268S",
        "0838-l769-268S",
        None,
        id="a-posters-lettered-line-is-no-signature",
    ),
    pytest.param(
        "Chat Bank NTT Care\nAgen: Selamat pagi, dengan Wayan Bank NTT, ada yang bisa dibantu?",
        "Wayan",
        "name",
        id="an-agent-greeting-with-their-name",
    ),
    pytest.param(
        "Selamat pagi, Dengan hormat, kami sampaikan keluhan warga RT 05.",
        "hormat",
        None,
        id="a-letters-opening-after-a-greeting",
    ),
    pytest.param(
        "[10/07/2026 08.35] Veronika (Virtual Assistant): Halo Kak, ada yang bisa dibantu?",
        "Veronika",
        None,
        id="a-chats-bot-persona",
    ),
    pytest.param(
        "Jabatan      Nama                      NIK                  NPWP\n"
        "Ketua        Yohanes Manafe     5301125402000550     55.540.886.7-923.000\n"
        "Sekretaris   Agnes Diaz     5301 0651 0880 0694     5301065108800694\n"
        "Bendahara    Orpa Zacharias     5314 0665 0477 0325     58.273.480.9-923.000",
        "5301 0651 0880 0694",
        "nik",
        id="a-number-under-its-column-in-a-table-parted-by-spaces",
    ),
    pytest.param(
        "[09/01/2026 11.14] J&T Express Pickup Kupang: Boleh kak, atau email help@jet.co.id",
        "help@jet.co.id",
        None,
        id="a-couriers-help-desk-mailbox",
    ),
    pytest.param(
        "Kalau barang rusak hubungi CS kami WA 085106370097 (Senin-Sabtu 08.00-17.00) / email "
        "flobamorapermaikupang@gmail.com. Terima kasih.",
        "flobamorapermaikupang@gmail.com",
        None,
        id="a-shops-own-cs-mailbox",
    ),
    pytest.param(
        "Penagih pakai nomor 082140923387 dan email penagihan.rupiahgo@gmail.com. Jangan beri "
        "akses kontak.",
        "penagihan.rupiahgo@gmail.com",
        None,
        id="a-lenders-collection-mailbox",
    ),
    pytest.param(
        "Bukti potong akan dikirim ke email yuliana.bleg39@yahoo.co.id sesuai permintaan.",
        "yuliana.bleg39@yahoo.co.id",
        "email",
        id="a-traders-own-mailbox",
    ),
    pytest.param(
        "pembayaran tertunda karena NPWP pada nota (54.058.131.2-922.000) tidak valid pada sistem.",
        "54.058.131.2-922.000",
        "npwp",
        id="a-traders-npwp-on-an-invoice",
    ),
    pytest.param(
        "Pinjaman sy sdh lunas. Penagih tdk sebut nama, pakai nomor 0821-5902-7281 dan "
        "085392279899, mengancam sebar foto sy.",
        "085392279899",
        None,
        id="a-collectors-numbers-nobody-named",
    ),
    pytest.param(
        "Ada yg telpon ngaku CS DANA pake nomor 081316224590, minta kode OTP. Jangan kasi! Mama "
        "sa su kena. Nomor lain yg dipakai: 082165800187 deng 0822-2477-8087.",
        "0822-2477-8087",
        None,
        id="a-scams-other-numbers-listed",
    ),
    pytest.param(
        "Terima kasih telah menghubungi PLN UP3 Kupang. Laporan Anda dari nomor (+62) 853 8802 "
        "20252 tanggal 06-07-2026 telah kami terima.",
        "(+62) 853 8802 20252",
        "phone",
        id="the-number-a-desk-reply-says-you-wrote-from",
    ),
    pytest.param(
        "INFO DARI GRUP WARGA: Nomor 62 813 2373 0705 ini penipu. Info dari Umbu Nggiku "
        "(korban), bisa konfirmasi ke 0812-2915-9387.",
        "0812-2915-9387",
        "phone",
        id="a-victims-number-in-a-groups-warning",
    ),
    pytest.param(
        "NO METER 86689539293, ID PEL 537037417532, DAYA R1M/900 VA.",
        "R1M",
        None,
        id="an-electricity-tariff-code",
    ),
    pytest.param(
        "Admin Depot Air: Kode booking L3969P, total 12 kg.",
        "L3969P",
        None,
        id="a-booking-code",
    ),
    pytest.param(
        "Setoran COD ke rekening giro JNE Bank NTT 00101020536129 paling lambat 16.00 WITA.",
        "00101020536129",
        None,
        id="a-couriers-current-account",
    ),
    pytest.param(
        "Selamat siang kak, mau request pickup 7 paket hari ini, alamat gudang Jl. Ahmad Yani "
        "No. 36",
        "Jl. Ahmad Yani No. 36",
        None,
        id="a-shops-warehouse",
    ),
    pytest.param(
        "Komentar\nMei Hwa: Om Matias memang baik\nGojek Kupang: Terima kasih kak, apresiasi "
        "sudah kami terima.",
        "Gojek",
        None,
        id="a-platforms-reply-in-comments",
    ),
    pytest.param(
        "BRImo - Pembayaran BRIVA Berhasil\nNomor BRIVA   : 123452481981961\nNama          : "
        "TOKOPEDIA",
        "TOKOPEDIA",
        None,
        id="a-marketplace-as-a-payments-name",
    ),
    pytest.param(
        "Chat dengan CS Blibli\nSaya: Paket sy hilang, status delivered tgl 23 Okt 2026.\nCS: "
        "Mohon maaf kak.",
        "Paket",
        None,
        id="the-writers-turn-in-a-chat",
    ),
    pytest.param(
        "[11/03/2026 16.08] kaka: ID pel berapa?\n[11/03/2026 16.09] mama: Liat di meteran sa, "
        "86226043240.",
        "Liat",
        None,
        id="a-mothers-turn-in-a-family-chat",
    ),
    pytest.param(
        "KOTKUPANG OJEK A.N. NIKSON DAMI. JAM 22.15 ANTAR SY DR TERMINAL OEBOBO KE RUMAH, ONGKOS "
        "18RB",
        "TERMINAL",
        None,
        id="dari-in-an-sms-route",
    ),
    pytest.param(
        "Terima kasih, laporan sudah kami teruskan. Kalo ada apa2 hubungi sa 62 853 1887 2887 / "
        "ssumarni @ gmail.com. Sumarni",
        "62 853 1887 2887",
        "phone",
        id="the-writers-number-after-hubungi-sa",
    ),
    pytest.param(
        "Tagihan tetap datang Rp 94.000. Tolong dicek. Makasih. Yuneta",
        "Yuneta",
        "name",
        id="a-name-after-thanks-ending-a-message",
    ),
    pytest.param(
        "Sudah sy lapor ke kantor. Trims. Mohon dibantu",
        "Mohon",
        None,
        id="a-request-after-thanks",
    ),
    pytest.param(
        "Bukti potong mencantumkan NPWP saya salah, 85.134.633.2-21.000.",
        "85.134.633.2-21.000",
        "npwp",
        id="a-mistyped-npwp-a-digit-short",
    ),
    pytest.param(
        "Kak, tolong cek lagi NPWP yang kaka kirim: 16.661.50.9-921.000. Kurang satu angka.",
        "16.661.50.9-921.000",
        "npwp",
        id="a-mistyped-npwp-a-group-short",
    ),
    pytest.param(
        "Yth. Bendahara Pengeluaran Dinas Pertanian Kota Kupang\nNPWP 00.628.172.5-920.000\n"
        "di Kupang",
        "00.628.172.5-920.000",
        None,
        id="a-government-treasurers-npwp-by-its-code",
    ),
    pytest.param(
        "KOTKUPANG sy pensiunan guru. NPWP lama sy 00.831.877.7-921.000, skrg kata kantor pajak "
        "pakai NIK.",
        "00.831.877.7-921.000",
        "npwp",
        id="a-persons-npwp-opening-with-00-said-theirs",
    ),
    pytest.param(
        "FORMULIR PENGADUAN\nNama : UMAR BAF ADAL\nNIK : 5308052607070045\n"
        "NPWP : 00.305.297.4-921.000\nAlamat : JL. CENDANA",
        "00.305.297.4-921.000",
        "npwp",
        id="a-persons-npwp-opening-with-00-in-their-form",
    ),
    pytest.param(
        "Beta su ketik email ma aplikasi bilang salah, katanya harus ada tulisan @ deng .com.",
        "tulisan @ deng .com",
        None,
        id="a-sentence-about-a-mailboxs-signs",
    ),
    pytest.param(
        "Hasil verifikasi dikirim ke email dkp.kupang@gmail.com paling lambat 27 April 2026.",
        "dkp.kupang@gmail.com",
        None,
        id="a-fishery-offices-mailbox",
    ),
    pytest.param(
        "KANTOR DESA OESELI\nEmail: kantordesaoeseli@gmail.com - HP/WA Kantor: 0812-7411-3262",
        "kantordesaoeseli@gmail.com",
        None,
        id="a-village-offices-mailbox-run-together",
    ),
    pytest.param(
        "Penawaran dikirim ke email TPK: tpk.nemberala@gmail.com, paling lambat 25 November 2026.",
        "tpk.nemberala@gmail.com",
        None,
        id="a-village-activity-teams-mailbox",
    ),
    pytest.param(
        "4. Kas kelompok di rekening Bank NTT 00102018586454 a.n. KUB Pantai Indah: Rp. 3.550.000.",
        "00102018586454",
        None,
        id="a-fishers-groups-account",
    ),
    pytest.param(
        "4. Kas kelompok di rekening Bank NTT 00102018586454 a.n. KUB Pantai Indah: Rp. 3.550.000.",
        "KUB Pantai Indah",
        None,
        id="a-fishers-group-holds-the-account",
    ),
    pytest.param(
        "Rekening Sumber : 021.01.01.799968-3 (KAS DESA LIMAGU)\nRekening Tujuan : "
        "4672-01-167710-50-3",
        "021.01.01.799968-3",
        None,
        id="a-village-treasurys-account",
    ),
    pytest.param(
        "No | Nama Kader | NIK | NPWP | Rekening | Jumlah (Rp) | TTD\n1 | Ribka Tefa | "
        "5320035111820106 | 5320035111820106 | BSI 7619874508 | 450.000 |\n2 | Rosalinda Manehat "
        "| 5320 0360 0589 0133 | - | Bank NTT 02102012490557 | 450.000 |",
        "7619874508",
        "bank_account",
        id="a-table-whose-signature-column-is-empty",
    ),
    pytest.param(
        "Jumlah KPM per RT:\nRT 01/RW 01 : 45 KPM\nRT 02/RW 01 : 18 KPM\nRT 03/RW 02 : 36 KPM",
        "RT 02/RW 01",
        None,
        id="counts-per-rt-and-rw",
    ),
    pytest.param(
        "Kios pupuk lengkap (KPL) resmi:\nUD Maju Jaya - Jl. Timor Raya Km. 34 No. 29, telp "
        "(0380) 837941",
        "Jl. Timor Raya Km. 34 No. 29",
        None,
        id="a-traders-seat-after-a-dash",
    ),
    pytest.param(
        "Petugas Keswan wilayah: drh. Orpa Pandie (62-852-9628-8188)",
        "Keswan",
        None,
        id="an-animal-health-unit",
    ),
    pytest.param(
        "Jabatan       Nama                 NIK                  NPWP                 HP\nKetua  "
        "       Ni Nyoman Sukerti   5314075312870045   36.310.009.5-920.000   "
        "0858.5036.7865\nSekretaris    Benedikta Kolin   5314 0759 0478 0140   5314075904780140  "
        " 62 853 2029 5428",
        "5314075904780140",
        "npwp",
        id="a-later-rows-npwp-under-its-spaced-column",
    ),
    pytest.param(
        "Marta: Beta pung yang lama 71.447.936.6-920.000, dong bilang sekarang pake NIK, "
        "5320036801960040",
        "5320036801960040",
        "npwp",
        id="the-nik-given-as-the-npwp-it-now-is",
    ),
    pytest.param(
        "Telah terima dari : Bendahara Desa Oebelo Selatan (NPWP 00.388.323.0-921.000)\nUang "
        "sejumlah : Rp 1.500.000",
        "00.388.323.0-921.000",
        None,
        id="a-village-treasurers-npwp",
    ),
    pytest.param(
        "No | Nama KUB | Desa | NPWP Kelompok | Rekening Kelompok\n1 | KUB Teluk Biru | Boni | "
        "74.933.579.1-921.000 | BNI 0313890115\n2 | KUB Sinar Bahari | Pariti | "
        "90.938.437.5-921.000 | BNI 0226975433",
        "74.933.579.1-921.000",
        None,
        id="a-groups-npwp-column",
    ),
    pytest.param(
        "Narahubung:\n- Ketua Panitia PTSL Desa: Wa Anti (0852-3689-7453)",
        "Wa Anti",
        "name",
        id="a-butonese-womans-name",
    ),
    pytest.param(
        "   - Sekretaris, La Hamu - 5302040208680125\n   - Bendahara belum punya NPWP",
        "La Hamu",
        "name",
        id="a-butonese-mans-name",
    ),
    pytest.param(
        "Kontak yang bisa dihubungi: Call Center 113, WA Center Dukcapil 08525495012",
        "WA Center",
        None,
        id="a-desks-whatsapp-is-no-butonese-name",
    ),
    pytest.param(
        "Mohon Saber Pungli cek (WA Saber Pungli 0813 7041 02766).",
        "WA Saber Pungli",
        None,
        id="a-whatsapp-before-its-number",
    ),
    pytest.param(
        "PEMERINTAH KABUPATEN ROTE NDAO\nKANTOR DESA OESELI\n\nDengan hormat, data terlampir. "
        "Untuk konfirmasi dapat menghubungi operator desa kami, Roni Bani, di nomor "
        "0819.3730.2665.",
        "0819.3730.2665",
        "phone",
        id="a-named-officers-number-in-an-offices-letter",
    ),
    pytest.param(
        "1. Habel Neolaka - NIK 5314070511840007 - KUSUKA 531407089063802 - HP 0852.5170.16619",
        "531407089063802",
        None,
        id="a-fishers-registration-card",
    ),
    pytest.param(
        "Bersama ini kami sampaikan NPWP atas nama Yosias Tlonaen tertulis 81.402.66.3-920.000 "
        "pada SK 800/412/BKPSDM/2026. Yang benar 81.402.663.3-920.000.",
        "81.402.663.3-920.000",
        "npwp",
        id="a-corrected-npwp-of-a-person-named-as-its-holder-sentences-before",
    ),
    pytest.param(
        "Paket blm sampai? Silakan hubungi WA customer care 0813 5521 7740 (Senin-Sabtu).",
        "0813 5521 7740",
        None,
        id="a-couriers-customer-care-line",
    ),
    pytest.param(
        "Ruko disewakan. Survei lokasi: telp kantor 0380 827 216 / WA marketing 0852 3390 1418",
        "0852 3390 1418",
        None,
        id="a-rentals-marketing-line",
    ),
    pytest.param(
        "Waktu sy telp, dia suruh telp nomor lain, 0821 4470 3392. Kalo yg 0821 4470 3392 itu "
        "nomor Depot Air Sumber Hidup di Oebufu.",
        "0821 4470 3392",
        None,
        id="a-number-said-further-on-to-be-a-depots-first-writing",
    ),
    pytest.param(
        "Sy telp nomor lain, 0821 4470 3392. Kalo yg 0821 4470 3392 itu nomor HP tukang dia.",
        "0821 4470 3392",
        "phone",
        id="a-number-said-further-on-to-be-a-workers-mobile-stays",
    ),
    pytest.param(
        "Komentar\nRoti Mawar Bakery: Kami jg ready kue kering kak, order di WA 0853 6611 2094",
        "0853 6611 2094",
        None,
        id="a-bakerys-page-speaking-in-a-comment",
    ),
    pytest.param(
        "Komentar\nRoti Mawar Bakery: Kami jg ready kue kering kak, order di WA 0853 6611 2094",
        "Roti Mawar",
        None,
        id="a-bakerys-page-is-no-commenters-name",
    ),
    pytest.param(
        "GROSIR SEMBAKO SINAR OEBOBO\nJl. Bundaran PU No. 12, Kupang\nTelp/WA 0823 8850 417",
        "0823 8850 417",
        None,
        id="a-wholesalers-receipt-heading",
    ),
    pytest.param(
        "MAWAR CLEAN LAUNDRY OESAPA\nJl. Timor Raya No. 40 | WA +6281384412096\nNOTA 2512-504",
        "Jl. Timor Raya No. 40",
        None,
        id="a-laundrys-seat-under-its-receipt-heading",
    ),
    pytest.param(
        "Saya buka laundry\nJl. Timor Raya No. 40 | WA +6281384412096",
        "+6281384412096",
        "phone",
        id="a-person-opening-a-laundry-gives-her-own-line",
    ),
    pytest.param(
        "KOS MELATI INDAH LILIBA \u2013 TERIMA PUTRA\nKamar 3x3, kasur, lemari, kipas\n"
        "Harga Rp 650.000/bln\nAlamat: Jl. Adisucipto No. 88\nHUB 0852-3371-4420 / 0380-820-117",
        "0852-3371-4420",
        None,
        id="a-boarding-houses-advert-its-line",
    ),
    pytest.param(
        "KOS MELATI INDAH LILIBA \u2013 TERIMA PUTRA\nKamar 3x3, kasur, lemari, kipas\n"
        "Harga Rp 650.000/bln\nAlamat: Jl. Adisucipto No. 88\nHUB 0852-3371-4420 / 0380-820-117",
        "Jl. Adisucipto No. 88",
        None,
        id="a-boarding-houses-advert-its-seat",
    ),
    pytest.param(
        "Kos saya kebanjiran\nAlamat: Jl. Adisucipto No. 88\nHP 0852-3371-4420",
        "Jl. Adisucipto No. 88",
        "address",
        id="a-tenant-speaking-of-her-boarding-house-gives-her-home",
    ),
    pytest.param(
        "Pendaftaran kursus komputer. Berkas dikirim ke lkpmutiara@yahoo.co.id paling lambat "
        "Senin.",
        "lkpmutiara@yahoo.co.id",
        None,
        id="a-courses-mailbox-by-its-kind",
    ),
    pytest.param(
        "Data siswa baru mohon dikirim ke smpberkatbaru@gmail.com sebelum 10 Juli.",
        "smpberkatbaru@gmail.com",
        None,
        id="a-schools-mailbox-by-its-kind",
    ),
    pytest.param(
        "Mohon kirim laporan ke sdethan25@outlook.com ya kak.",
        "sdethan25@outlook.com",
        "email",
        id="a-persons-mailbox-opening-with-a-schools-two-letters",
    ),
    pytest.param(
        "LKP PELANGI\nJl. Pulau Indah No. 190 · Telp 0380 831273 · pelangi.merdeka@gmail.com",
        "pelangi.merdeka@gmail.com",
        None,
        id="a-courses-one-word-name-opening-its-mailbox",
    ),
    pytest.param(
        "LKP PELANGI\nJl. Pulau Indah No. 190 · Telp 0380 831273 · pelangi.merdeka@gmail.com",
        "0380 831273",
        None,
        id="a-courses-line-on-its-letterhead",
    ),
    pytest.param(
        "Harga resmi: Festival Rp 185.000.\n"
        "Info panitia: 0822-7582-7698 / mutiara.kupang@gmail.com",
        "mutiara.kupang@gmail.com",
        None,
        id="an-organisers-mailbox-on-its-contacts-line",
    ),
    pytest.param(
        "Dijual motor Vario, mulus. Info: 0812 3344 5566 / yanti.ndun@gmail.com",
        "yanti.ndun@gmail.com",
        "email",
        id="a-sellers-own-mailbox-by-her-name-on-a-contacts-line",
    ),
    pytest.param(
        "Konsumen dapat menghubungi ULPK melalui telp (0380) 844 355, WA 0812 7961 3918 atau "
        "email ulpk.bbpomkupang@pom.go.id.",
        "0812 7961 3918",
        None,
        id="a-consumers-complaints-units-lines",
    ),
    pytest.param(
        "Konsumen dapat menghubungi ULPK melalui telp (0380) 844 355, WA 0812 7961 3918 atau "
        "email ulpk.bbpomkupang@pom.go.id.",
        "ulpk.bbpomkupang@pom.go.id",
        None,
        id="a-consumers-complaints-units-mailbox",
    ),
    pytest.param(
        "Kontak keluarga pasien : 0821 7038 9152 (Om Filipus)\n"
        "Info stok darah: WA UDD 0899 6031 0723",
        "0899 6031 0723",
        None,
        id="a-blood-units-line",
    ),
    pytest.param(
        "KOS TIRTA\nJl. Urip Sumoharjo No. 16 - WA pengelola 0852 9783 342\nDATA PENGHUNI KOS",
        "0852 9783 342",
        None,
        id="a-boarding-houses-managers-line-on-its-form",
    ),
    pytest.param(
        "Berkas dikirim ke lkpmutiara@yahoo.co.id atau WA 0853-5788-4007 paling lambat 4 Maret.",
        "0853-5788-4007",
        None,
        id="a-mobile-listed-after-a-bodys-mailbox",
    ),
    pytest.param(
        "Berkas dikirim ke yanti.ndun@gmail.com atau WA 0853-5788-4007 paling lambat 4 Maret.",
        "0853-5788-4007",
        "phone",
        id="a-mobile-listed-after-a-persons-mailbox",
    ),
    pytest.param(
        "Pembayaran ke BCA 0286710610 a.n. KOST EKSKLUSIF KASIH SETIA",
        "KOST EKSKLUSIF",
        None,
        id="a-boarding-house-holding-an-account",
    ),
    pytest.param(
        "Beta Yermias dari RT 29 mau kasi tau: tadi ada yg telpon ke beta pung rumah 0380-850015, "
        "ngaku petugas PLN, bilang meteran harus ganti.",
        "0380-850015",
        "phone",
        id="the-writers-home-line-a-scammer-called",
    ),
    pytest.param(
        "Nama apotek : APOTEK BERKAH ABADI\nAlamat apotek : Jl. Jambu No. 160, Kel. Oebobo",
        "Jl. Jambu No. 160",
        None,
        id="a-pharmacys-seat-on-its-form",
    ),
    pytest.param(
        "KLINIK GIGI FLOBAMORA ALAK\nJL. SALAK NO. 156A, KUPANG - TELP 0380-868 632",
        "JL. SALAK NO. 156A",
        None,
        id="a-clinics-seat-under-its-receipt-heading",
    ),
    pytest.param(
        "MOBIL AVANZA PLAT DH 8339 ZN SOPIR NGEBUT SEKALI, PENUMPANG DIMINTA TAMBAH RP 8.500",
        "NGEBUT",
        None,
        id="a-drivers-speeding-in-capitals",
    ),
    pytest.param(
        "KOTKUPANG SY PEDAGANG LAPAK SAYUR DI PASAR OEBA, USAHA PERORANGAN.",
        "LAPAK",
        None,
        id="a-traders-stall-in-capitals",
    ),
    pytest.param(
        "NOTA NO 012057 ADA SY SIMPAN. MHN DISPERINDAG CEK.",
        "SIMPAN",
        None,
        id="a-receipt-the-writer-kept-in-capitals",
    ),
    pytest.param(
        "Rek BNI 1576821565 a.n. PUSAT PELATIHAN TIRTA\nAlamat: Jl. Herman Johannes No. 44A",
        "PUSAT PELATIHAN TIRTA",
        None,
        id="a-training-centre-holding-an-account",
    ),
    pytest.param(
        "Angsuran hanya ke rek BNI 1969573679 a.n. CU SASANDO.",
        "CU SASANDO",
        None,
        id="a-credit-union-holding-an-account",
    ),
    pytest.param(
        "Biaya pendaftaran Rp 200.000 ke rek BNI 1848492295 a.n. LKP TUNAS BARU NEFONAEK.",
        "1848492295",
        None,
        id="a-courses-account-by-its-holder",
    ),
    pytest.param(
        "Simpanan wajib Rp10.500/bulan ke rek BNI 1015804444 a.n. CU TELUK BIRU",
        "1015804444",
        None,
        id="a-credit-unions-account-by-its-holder",
    ),
    pytest.param(
        "Ganti kampas rem + servis Rp 80.000, sparepart Rp 245.000. Nota no 074205. Bisa "
        "transfer ke rek bengkel BRI 0218-01-474217-52-2.",
        "0218-01-474217-52-2",
        None,
        id="a-workshops-account-by-its-word",
    ),
    pytest.param(
        "Bisa transfer ke rek bengkel BSI 7870418866 atau ke rek sa pribadi BCA 3156086843.",
        "3156086843",
        "bank_account",
        id="the-owners-own-account-after-the-workshops",
    ),
    pytest.param(
        "KOTKUPANG SY DITEROR PENAGIH PINJOL RUPIAHKU NOW. MEREKA PAKAI NOMOR 0823 6019 7376 DAN "
        "0813 4960 0723, TDK SEBUT NAMA.",
        "0813 4960 0723",
        None,
        id="a-lenders-collectors-numbers-they-use-in-the-next-sentence",
    ),
    pytest.param(
        "Sudah kami laporkan ke Polsek Oebobo dan Bhabinkamtibmas lewat WA 0812 2255 7870, tapi "
        "hanya datang satu kali.",
        "0812 2255 7870",
        None,
        id="a-village-police-officers-line-with-nobody-named",
    ),
    pytest.param(
        "Yang belum kirim, japri ke operator 0813 2318 6796 sebelum tgl 23/7/2026.",
        "0813 2318 6796",
        None,
        id="a-schools-operator-written-to-in-private",
    ),
    pytest.param(
        "Coba tanya di pos polisi depan pasar kaka, telp pos 0380-862542",
        "0380-862542",
        None,
        id="a-police-posts-line",
    ),
    pytest.param(
        "Proyek CV Maju, nilai kontrak Rp 63.250.000, HP pelaksana 0813-9257-8003. Nomor di "
        "papan itu sonde aktif.",
        "0813-9257-8003",
        None,
        id="a-number-said-next-to-be-the-one-on-a-board",
    ),
    pytest.param(
        "Komentar:\nfransiskus: Sa ju dapat dari 0822.9364.6768 minggu lalu kaka, langsung blok",
        "0822.9364.6768",
        None,
        id="a-number-the-writer-blocked-at-once",
    ),
    pytest.param(
        "[11/8/26, 06.49] sumiati: Kaka, aplikasi minta NPWP 16 digit. Sa pung yang lama "
        "74.885.991.9.920.000\n[11/8/26, 06.52] adriana: Su ganti ade. Skrg NPWP orang pribadi "
        "pake NIK. Jadi NPWP ade sekarang apa?\n[11/8/26, 06.53] sumiati: Pakai NIK, "
        "5371044512030167",
        "5371044512030167",
        "npwp",
        id="the-nik-given-as-the-npwp-a-question-asked-for",
    ),
    pytest.param(
        "npwp sy yg lama 95.406.649.7-924.000 tp dong bilang skrg pake nik. ini punya sy "
        "5371014204020199.",
        "5371014204020199",
        "npwp",
        id="the-writers-nik-as-the-npwp-after-a-sentence-on-the-change",
    ),
    pytest.param(
        "SUSUNAN PENGURUS KOPERASI SINAR LAUT\n"
        "Jabatan   Nama   NIK   NPWP   HP\n"
        "Ketua   MARIA F. LAY   5371 0456 1188 0021   5371045611880021   081234567801\n"
        "Bendahara   YOSEF BENU   5371 0122 0584 0133   153415181923001   085285740911",
        "5371045611880021",
        "npwp",
        id="a-nik-as-npwp-in-its-column-a-phone-header-nearer",
    ),
    pytest.param(
        "SUSUNAN PENGURUS KOPERASI SINAR LAUT\n"
        "Jabatan   Nama   NIK   NPWP   HP\n"
        "Ketua   MARIA F. LAY   5371 0456 1188 0021   5371045611880021   081234567801\n"
        "Bendahara   YOSEF BENU   5371 0122 0584 0133   153415181923001   085285740911",
        "153415181923001",
        "npwp",
        id="a-treasurers-npwp-in-a-boards-table-is-theirs",
    ),
    pytest.param(
        "MAJELIS JEMAAT GMIT KASIH OEBA\n"
        "Sekretariat: Jl. Timor Raya No. 12, Kupang — Telp. 0380-821000 — "
        "NPWP 01.234.567.8-921.000\n"
        "\n"
        "SURAT KETERANGAN\n"
        "Nomor: 12/MJ/III/2026",
        "01.234.567.8-921.000",
        None,
        id="a-congregations-npwp-ending-its-letterheads-line",
    ),
    pytest.param(
        "Sa jualan di rumah (usaha perorangan). NPWP pribadi sy 75 832 496 0 920 001; sejak 2024 "
        "pakai NIK 5371061807910177. Mohon info.",
        "5371061807910177",
        "npwp",
        id="the-nik-in-use-as-the-npwp-since-a-year",
    ),
    pytest.param(
        "Kronologi\n"
        "1. Tanggal 02/09 jam 08.15 saya ditelpon nomor 0813-7000-1234, mengaku petugas Dinas "
        "Sosial, katanya saya dapat bantuan Rp 2.500.000.\n"
        "2. Saya diminta transfer biaya Rp 350.000 ke rekening BRI 0012-01-000123-50-1 a.n. Yance "
        "Kolo.\n"
        "3. Setelah transfer, nomor 081370001234 tidak aktif.",
        "081370001234",
        None,
        id="a-scams-number-written-again-further-on",
    ),
    pytest.param(
        "Kaka, beta pung anak panas tinggi. Puskesmas Oepoi pung nomor 0812 5555 0101 sonde "
        "angkat.",
        "0812 5555 0101",
        None,
        id="a-health-centres-own-number-said-kupangs-way",
    ),
    pytest.param(
        "LOG CALL CENTER 1708\n"
        "Jam | Penelepon | Nomor | Isi\n"
        "09.30 | Fotokopi Sinar Oebobo | 0812-3333-4455 | tanya izin reklame\n"
        "09.41 | Yakob Ndun | 0813-2222-1199 | lampu jalan mati",
        "0812-3333-4455",
        None,
        id="a-copy-shops-line-in-a-call-log",
    ),
    pytest.param(
        "SMS masuk 05/05/2026 07.41 62 812 2011 5149\nKOTKUPANG JALAN DEPAN RMH SY RUSAK PARAH",
        "62 812 2011 5149",
        "phone",
        id="an-sms-senders-number-after-the-messages-time",
    ),
    pytest.param(
        "*PENGUMUMAN POSYANDU MAWAR*\n"
        "Kepada Yth. ibu-ibu yang punya balita di RT 11, RT 12 dan RT 14. Posyandu hari Senin.",
        "RT 12",
        None,
        id="rts-listed-for-many-households",
    ),
    pytest.param(
        "Pekerjaan telah mencapai 17 persen. Jaminan pelaksanaan pada Bank NTT nomor "
        "001.01.01.417661-0 sebesar Rp 1.900.000 mohon tidak dicairkan.",
        "001.01.01.417661-0",
        None,
        id="a-bank-guarantees-number",
    ),
    pytest.param(
        "MUTASI REKENING\n"
        "12/04   TRF DARI ANA LAY 0567374700   400.000 CR   737.250\n"
        "14/04   TRF KE CV BENLUTU JAYA 161-00-5598707-5   300.000 DB   437.250",
        "161-00-5598707-5",
        None,
        id="a-statements-transfer-to-a-company",
    ),
    pytest.param(
        "PAGUYUBAN NELAYAN PANTAI OESAPA\n"
        "Sekretariat: Jl. Pantai Oesapa No. 3 — Telp. 0380-822000\n"
        "NPWP 70.046.796.1-920.001 · Rekening Bank NTT 0479375508\n"
        "\n"
        "Nomor : 12/PN/IV/2026",
        "0479375508",
        None,
        id="a-bodys-account-on-its-letterheads-line",
    ),
    pytest.param(
        "Yosef Lake ▸ INFO KEHILANGAN KOTA KUPANG\n"
        "2 hari\n"
        "DICARI dompet coklat hilang di bemo jurusan 10. Isi: KTP, SIM C, ATM BRI. Yang menemukan "
        "mohon hub 085128310001. Ada imbalan\n"
        "Komentar\n"
        "Maria: Su share kaka",
        "085128310001",
        "phone",
        id="a-lost-wallets-owner-asks-the-finder-to-call",
    ),
    pytest.param(
        "Dikontrakkan rumah tinggal 3 kamar di Jl. Teratai, Kel. Kuanino. 38 jt/tahun. Pemilik "
        "langsung, hub 0853-1856-0001.",
        "0853-1856-0001",
        "phone",
        id="an-owner-letting-without-an-agent",
    ),
    pytest.param(
        "Petugas: Baik. Kalau perlu keterangan lanjut ke 0380-897700 (Unit Gakkum Satlantas).",
        "0380-897700",
        None,
        id="a-units-line-named-in-brackets",
    ),
    pytest.param(
        "SUSUNAN PENGURUS KOPERASI TUNAS BARU (hasil pindai)\n"
        "Jabatan   Nama   NIK   NPWP   HP\n"
        "Ketua   AGUSTINUS NITBANI   5371 0305 1274 0001   5371030512740001   081533072701\n"
        "Sekretaris   SELFINA NAHAK   5371 0665 1060 0002   72.973.O11.9-920.00O   0812-8589-4701\n"
        "Bendahara   KRISTINA RANGGA   5371 0653 1092 0003   142814560922001   085143672801",
        "72.973.O11.9-920.00O",
        "npwp",
        id="a-scanned-npwp-in-its-tables-column-far-below-the-header",
    ),
    pytest.param(
        "SUSUNAN PENGURUS KOPERASI TUNAS BARU (hasil pindai)\n"
        "Jabatan   Nama   NIK   NPWP   HP\n"
        "Ketua   AGUSTINUS NITBANI   5371 0305 1274 0001   5371030512740001   081533072701\n"
        "Sekretaris   SELFINA NAHAK   5371 0665 1060 0002   72.973.O11.9-920.00O   0812-8589-4701\n"
        "Bendahara   KRISTINA RANGGA   5371 0653 1092 0003   142814560922001   085143672801",
        "5371 0665 1060 0002",
        "nik",
        id="a-nik-cell-before-a-scanned-npwps",
    ),
    pytest.param(
        "Polresta Kupang Kota\n"
        "AWAS PENIPUAN! Akun atas nama Wa Salmia minta transfer ke rekening BSI 7670700001 a.n. "
        "La Sabara. Jangan percaya!\n"
        "Komentar\n"
        "Lidia: Beta ju dapat dari nomor 081171500001 minggu lalu kaka, langsung blok.",
        "081171500001",
        None,
        id="a-number-a-commenter-blocked-under-a-warning-naming-an-account-holder",
    ),
    pytest.param(
        "Hotline Dinkes (0380) 821 004. HP saya 08l3 9O21 44B7 bisa dihubungi kapan saja.",
        "08l3 9O21 44B7",
        "phone",
        id="a-lettered-mobile-before-a-word-whose-first-letters-read-as-digits",
    ),
    pytest.param(
        "Dukcapil telpon rumah sa sonde ada orang, jadi kasi nomor hp sa 08S1-2OO7-3194 sa.",
        "08S1-2OO7-3194",
        "phone",
        id="a-lettered-mobile-before-kupangs-sa",
    ),
    pytest.param(
        "Nama : Dominggus Lay\nTelepon : 0812-44O7-B391\nIsi : lampu jalan mati",
        "0812-44O7-B391",
        "phone",
        id="a-lettered-mobile-after-telepon",
    ),
    pytest.param(
        "DIJUAL RUMAH TYPE 45, SHM\nHUB PEMILIK: MARIANUS KOLO BANUNAEK\n"
        "08l2 3S40 7712 / 0813 9004 1122",
        "08l2 3S40 7712",
        "phone",
        id="a-lettered-mobile-under-its-owners-name-after-hub",
    ),
    pytest.param(
        "PEMBAGIAN BERAS\nBAWA KTP & KK ASLI\nINFO : PENDAMPING\nWILAYAH 082l41B808971",
        "082l41B808971",
        None,
        id="a-lettered-number-far-after-a-phone-word-inside-another-word",
    ),
    pytest.param(
        "A. IDENTITAS PENERIMA PENGHASILAN\nA.1 NPWP/NIK : 53710l2304B8O017\n"
        "A.2 Nama : YOHANA BENU",
        "53710l2304B8O017",
        "npwp",
        id="a-scanned-nik-in-a-slips-npwp-nik-field",
    ),
    pytest.param(
        "KOTKUPANG BERKAS SY DITOLAK. NPWP SY 24.518.903.6-921.00 SDH BENAR. MOHON DICEK.",
        "24.518.903.6-921.00",
        "npwp",
        id="an-npwp-a-digit-short-in-its-last-group",
    ),
    pytest.param(
        "TOKO BESI SINAR TIMOR\nNPWP : 02.311.845.6-920.000\nNOTA No. 118\n"
        "Kepada : YUSTINUS NDOLU\nNPWP Pembeli : 47.201.558.3-920.000\nTotal Rp 3.400.000",
        "47.201.558.3-920.000",
        "npwp",
        id="an-invoices-buyers-npwp-under-a-person-named-after-kepada",
    ),
    pytest.param(
        "TOKO BESI SINAR TIMOR\nNPWP : 02.311.845.6-920.000\nNOTA No. 118\n"
        "Kepada : YUSTINUS NDOLU\nNPWP Pembeli : 47.201.558.3-920.000\nTotal Rp 3.400.000",
        "02.311.845.6-920.000",
        None,
        id="the-shops-npwp-above-its-buyer",
    ),
    pytest.param(
        "Untuk honor pelayan, bendahara jemaat minta NPWP pribadi. Pdt. Ruben Ndoen sudah kirim: "
        "5371022708750003. Pnt. Melkior Bessie: 583920174921000.",
        "5371022708750003",
        "npwp",
        id="a-nik-as-npwp-given-along-a-line-after-personal-npwps-are-asked-for",
    ),
    pytest.param(
        "Untuk honor pelayan, bendahara jemaat minta NPWP pribadi. Pdt. Ruben Ndoen sudah kirim: "
        "5371022708750003. Pnt. Melkior Bessie: 583920174921000.",
        "583920174921000",
        "npwp",
        id="a-bare-npwp-given-along-a-line-after-personal-npwps-are-asked-for",
    ),
    pytest.param(
        "2. NPWP koperasi 31.012.788.1-921.000 sudah dipadankan. NPWP pribadi pengurus untuk "
        "laporan ke Dinas Koperasi: Ketua Sefanya Lay 5371011203800002; Sekretaris Dorkas Manafe "
        "091278345920000.",
        "091278345920000",
        "npwp",
        id="an-officers-npwp-in-a-line-of-personal-npwps-after-an-office",
    ),
    pytest.param(
        "2. NPWP koperasi 31.012.788.1-921.000 sudah dipadankan. NPWP pribadi pengurus untuk "
        "laporan ke Dinas Koperasi: Ketua Sefanya Lay 5371011203800002; Sekretaris Dorkas Manafe "
        "091278345920000.",
        "5371011203800002",
        "npwp",
        id="an-officers-nik-as-npwp-in-a-line-of-personal-npwps-after-an-office",
    ),
    pytest.param(
        "Kami sampaikan bahwa NPWP Bapak telah dipadankan dengan NIK 5371040912780003.",
        "5371040912780003",
        "nik",
        id="the-nik-an-npwp-was-matched-to",
    ),
    pytest.param(
        "No | Nama | NPWP | Rekening\n1 | YOSEPH BENU | 61.280.337.4-920.000 | 0120345678\n"
        "2 | RUTH LAY | belum punya, NIK 5371015507900004 | 0234567890",
        "5371015507900004",
        "nik",
        id="a-nik-said-in-an-npwp-columns-cell",
    ),
    pytest.param(
        "NOP|Wajib Pajak|NPWP|Ketetapan\n"
        "53.71.031.006.214-3672.0|CV MUTIARA TIMOR|02.456.781.3-920.000|1.250.000\n"
        "53.71.031.006.215-3672.0|YULIUS TANEO|74.590.214.8-921.000|640.000",
        "02.456.781.3-920.000",
        None,
        id="a-companys-npwp-in-a-taxpayers-row",
    ),
    pytest.param(
        "NOP|Wajib Pajak|NPWP|Ketetapan\n"
        "53.71.031.006.214-3672.0|CV MUTIARA TIMOR|02.456.781.3-920.000|1.250.000\n"
        "53.71.031.006.215-3672.0|YULIUS TANEO|74.590.214.8-921.000|640.000",
        "74.590.214.8-921.000",
        "npwp",
        id="a-persons-npwp-in-a-taxpayers-row",
    ),
    pytest.param(
        "Tempat ibadah dibebaskan. NPWP Paroki St. Yosef Naikoten (21.803.350.8-921.000) sudah "
        "kami serahkan.",
        "21.803.350.8-921.000",
        None,
        id="a-parishs-npwp",
    ),
    pytest.param(
        "- Ibu Yustina Tukan: tagihan PBB tanah Masjid Al Ikhlas Oesapa (NPWP "
        "41.050.041.7-921.000) dikirim ke rumah saya.",
        "41.050.041.7-921.000",
        None,
        id="a-mosques-npwp-in-brackets-after-it",
    ),
    pytest.param(
        "Pengguna: 5371012345670001\nChatbot PPDB: Pendaftaran berhasil, nomor "
        "#LPR-2026-0794-1057. Kendala aplikasi WA 0812 4321 0448.",
        "0812 4321 0448",
        None,
        id="a-line-a-services-chat-bot-gives",
    ),
    pytest.param(
        "LAPOR! - Formulir Pengaduan\nNama Pelapor : Forum Warga Peduli Kota\n"
        "Email : forumwargapeduli.kupang@gmail.com\nWA : 0857-1250-6218\nKategori : Infrastruktur",
        "0857-1250-6218",
        None,
        id="a-groups-number-on-the-form-it-filled-in",
    ),
    pytest.param(
        "LAPOR! - Formulir Pengaduan\nNama Pelapor : Forum Warga Peduli Kota\n"
        "Kontak : Bpk. Yohanes Lay\nWA : 0857-1250-6218\nKategori : Infrastruktur",
        "0857-1250-6218",
        "phone",
        id="a-groups-contact-persons-number-on-its-form",
    ),
    pytest.param(
        "Nama Usaha,Pemilik,NIK Pemilik,Alamat Usaha,HP Pemilik\n"
        "Warung kopi,BLASIUS TUKAN,5307172410870003,GG. DAMAI NO. 53 (rumah sendiri),081951704607\n"
        "Jualan kue,GIDION THERIK,5371062003750046,JL. BERINGIN NO. 99 (rumah),6281372247737\n"
        "Toko besi,CV LOPO INDAH,-,Jl. Soeharto No. 3,085384519041",
        "JL. BERINGIN NO. 99",
        "address",
        id="a-business-seat-its-cell-says-is-a-home",
    ),
    pytest.param(
        "- Tunggakan wajib pajak badan: UD Cahaya Liliba NPWP 03.764.064.9-920.000; Yayasan "
        "Peduli Anak Sabu NPWP 01.763.195.9-920.000 (NOP 53.71.055.017.233-8437.0).",
        "01.763.195.9-920.000",
        None,
        id="a-foundations-npwp-its-name-holding-a-persons-word",
    ),
    pytest.param(
        "kotkupang sy yakobus tefa guru honor. npwp sy salah ketik di daftar gaji, tertulis "
        "24.718.506.-921.000 harusnya 24.718.506.3-921.000. mhn dibantu",
        "24.718.506.-921.000",
        "npwp",
        id="an-npwp-a-digit-short-said-to-be-written-wrong",
    ),
    pytest.param(
        "Petugas: NPWP lama Bapak 88.037.513.0-920.000 telah dipadankan, dan NIK Bapak "
        "5371050504730002 kini digunakan sebagai NPWP.",
        "5371050504730002",
        "npwp",
        id="a-nik-said-after-it-to-be-used-now-as-the-npwp",
    ),
    pytest.param(
        "Penelepon: NIK saya 5371061509710020, jadi itu sudah jadi NPWP?\nPetugas: Betul pak.",
        "5371061509710020",
        "npwp",
        id="a-nik-asked-after-it-to-have-become-the-npwp",
    ),
    pytest.param(
        "[19/09/2026 12.20] Zakarias Sabuna: Beta pung yg lama 47 463 394 3 921 000, ma dong "
        "bilang sekarang pake NIK sa, 5371050308820001",
        "5371050308820001",
        "npwp",
        id="a-nik-now-in-use-after-an-old-npwp-parted-by-spaces",
    ),
    pytest.param(
        "Pengurus Koperasi Serba Usaha Lontar Sejahtera menerangkan bahwa Sefrina Kefi, NIK "
        "5371056808960045, NPWP 28.189.244.8-922.000, adalah anggota sejak 2025.",
        "28.189.244.8-922.000",
        "npwp",
        id="the-npwp-of-a-person-a-bodys-letter-speaks-of",
    ),
    pytest.param(
        "Sdr. Ferdinand Haumeni belum memiliki NPWP; NIK yang bersangkutan 5371032309750039.",
        "5371032309750039",
        "nik",
        id="a-nik-after-a-clause-saying-there-is-no-npwp",
    ),
    pytest.param(
        "KOTKUPANG GMIT JEMAAT GALED LILIBA DIMINTA LAPOR SPT. NPWP RUMAH IBADAH "
        "063.639.980.6-924.000 TP DI DJP ONLINE LAIN.",
        "063.639.980.6-924.000",
        None,
        id="a-house-of-worships-npwp",
    ),
    pytest.param(
        "Balasan Dinas Sosial:\nPendamping PKH akan menghubungi Ibu.\nNomor 0822 3252 1465 yang "
        "Ibu terima bukan nomor kami. Layanan resmi: (0380) 899035.",
        "0822 3252 1465",
        None,
        id="a-number-an-offices-reply-disowns",
    ),
    pytest.param(
        "Pipa bocor di depan rumah tetangga. Sudah ditambal sementara.\nKontak teknisi jaga: "
        "085256207984. Kantor: (0380) 846535.",
        "085256207984",
        None,
        id="a-technician-on-dutys-line",
    ),
    pytest.param(
        "Beta pung nomor 081337837505. Kalo bapa RT sonde bisa, beta lapor Bhabinkamtibmas sa, "
        "WA 0812-0258-3545.",
        "0812-0258-3545",
        None,
        id="a-village-police-officers-line-said-the-kupang-way",
    ),
    pytest.param(
        "[06/08/2026 12.20] Yesni T: Sonde tau. Pendamping kita pung nomor 085174847939, coba "
        "tanya di situ.",
        "085174847939",
        None,
        id="our-social-workers-line",
    ),
    pytest.param(
        "Sudah telpon PLN 123 (tiket #LPR-2026-7682-5242). Petugas menyarankan hubungi WA "
        "0815-3125-9821. Mohon dicek meteran.",
        "0815-3125-9821",
        None,
        id="a-line-an-offices-staff-says-to-contact",
    ),
    pytest.param(
        "Saya sudah ke Dukcapil dan menelepon 0380 835535. Petugas loket bilang tunggu SMS dari "
        "62-813-3192-0887. Nomor saya 0856.3308.9196.",
        "62-813-3192-0887",
        None,
        id="a-line-an-offices-staff-says-to-wait-for",
    ),
    pytest.param(
        "Saya sudah ke Dukcapil dan menelepon 0380 835535. Petugas loket bilang tunggu SMS dari "
        "62-813-3192-0887. Nomor saya 0856.3308.9196.",
        "0856.3308.9196",
        "phone",
        id="the-writers-own-beside-an-offices-line",
    ),
    pytest.param(
        "Beta su telpon Dukcapil 0380 827 803 ko dong suru WA 0812-0443-3191. Nomor beta "
        "08532863078.",
        "0812-0443-3191",
        None,
        id="a-line-the-office-called-says-to-use",
    ),
    pytest.param(
        "Dijual rumah di Oesapa, hub 0852 7258 3373.\nKomentar:\nProperti Flobamora: Kami juga "
        "ada pilihan rumah kak, WA 085253220012",
        "085253220012",
        None,
        id="a-property-agents-page-commenting-with-its-line",
    ),
    pytest.param(
        "Saya sudah WA pengaduan Dukcapil 081367008981. Yang membalas hanya mengaku petugas "
        "tetapi nomornya 0831 3981 6235, minta Rp 450.000 untuk percepatan. Saya tidak bayar.",
        "0831 3981 6235",
        None,
        id="the-number-of-someone-posing-as-an-officer-said-after-the-claim",
    ),
    pytest.param(
        "Keluhan: pungutan kebersihan Rp 25.000 tanpa karcis oleh orang yang mengaku petugas, "
        "nomor 0813.9618.0387.",
        "0813.9618.0387",
        None,
        id="the-number-after-a-comma-of-someone-posing-as-an-officer",
    ),
    pytest.param(
        "Ada orang mengaku petugas Dinsos, namanya Yohanes, nomor 0831 3981 6235.",
        "0831 3981 6235",
        "phone",
        id="the-number-of-someone-posing-who-gave-a-name",
    ),
    pytest.param(
        "Fwd: Info Bapenda\nWajib pajak restoran dan hotel: NPWPD lama tetap berlaku. Batas "
        "lapor 12-11-2026, denda Rp 600.000 per bulan. Konsultasi WA 0811 3410 7166 atau telp "
        "0380 860 403.",
        "0811 3410 7166",
        None,
        id="a-notices-line-to-consult-by",
    ),
    pytest.param(
        "Sy mau konsultasi soal pajak, WA sy 0811 3410 7166.",
        "0811 3410 7166",
        "phone",
        id="the-writers-own-line-after-konsultasi",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), WHOSE_CONTACT_DETAILS)
def test_whose_contact_details_as_the_guide_says(text: str, value: str, kind: str | None) -> None:
    # (the rules alone: the learned model may only drop a phone, and these are the rules' cases)
    redactor = Redactor.default(learned_phone_owner=False)
    kinds = kinds_over(redactor, text, text.index(value), len(value))
    assert kinds == ([] if kind is None else [kind])


WORDS_WHERE_A_NAME_MAY_STAND = [
    pytest.param("[08.14] mama: Air PDAM juga mati dari pagi.", "Air", id="a-chats-first-word"),
    pytest.param("Sy guru IPA di SMP Negeri 9 Kupang.", "IPA", id="a-teachers-subject"),
    pytest.param(
        "[07.04] Petugas Loket: Antrian sudah penuh.", "Loket", id="a-desk-after-its-officer"
    ),
    pytest.param("Nama Faskes : PUSKESMAS OEBOBO", "Faskes", id="a-forms-field-after-nama"),
    pytest.param("[18.05] Chatbot Dukcapil: Petugas sedang sibuk.", "Chatbot", id="a-bot-speaking"),
    pytest.param(
        "DP 50% ke rek BCA 843-108-2810 a.n. KATERING TIGA RASA KUANINO ya kak.",
        "KATERING",
        id="a-caterers-trade-opening-its-name",
    ),
    pytest.param(
        "From: Verifikator Klaim RSUD <klaim.rsud@gmail.com>", "Verifikator", id="a-desks-post"
    ),
    pytest.param("[19.22] Kasir Koperasi: Setoran lewat rek koperasi.", "Kasir", id="a-cashier"),
    pytest.param("Nama Nasabah    : TAN KOK LIONG", "Nasabah", id="a-forms-customer-field"),
    pytest.param("09.14 | Kurir JNE | antar paket dinas", "Kurir", id="a-courier-in-a-guest-book"),
    pytest.param("Kepada : Hotel Pantai Lasiana Indah, Bagian Purchasing", "Hotel", id="a-hotel"),
    pytest.param("Hormat kami,\nDireksi", "Direksi", id="a-boards-signature"),
    pytest.param(
        "Kepada Yth. Pelaku Usaha Mikro dan Kecil se-Kota Kupang", "Pelaku", id="traders-addressed"
    ),
    pytest.param("Wajib Pajak Yth., Anda berhak menerima restitusi.", "Anda", id="the-reader"),
    pytest.param(
        "beta minta nama beta jang kasi tau ke ketua rt e bapa.", "jang", id="kupangs-do-not"
    ),
    pytest.param("Warga RT 29 Kel. Oebobo mengungsi ke gereja.", "Oebobo", id="a-kelurahan"),
    pytest.param(
        "[03/07/2026 07.57] Timor Express Travel: Siap kak, jemput jam 06.00.",
        "Timor",
        id="a-travel-business-speaking",
    ),
    pytest.param(
        "[02/12/2026 14.50] Penumpang: kak jadwal kapal Kupang-Larantuka minggu ini?",
        "Penumpang",
        id="a-passenger-speaking",
    ),
    pytest.param("[02/12/2026 15.24] ASDP Kupang: KMP Inerie II Senin.", "ASDP", id="a-ferry-firm"),
    pytest.param("Lab Klinik Prodia Kupang: Mohon maaf kak.", "Lab", id="a-laboratory"),
    pytest.param("DAFTAR DOKTER PRAKTEK SORE - Kel. Oepura", "PRAKTEK", id="a-practice"),
    pytest.param("Kepada: BPKAD Kota Kupang", "BPKAD", id="a-city-offices-short-name"),
    pytest.param(
        "Komentar:\nYuliana Pandie: Beta bisa kaka, WA 0852 7802 5207\n"
        "Bimbel Cerdas Oebufu: Di kami juga ada kak, WA 0822 4236 0571",
        "Bimbel",
        id="a-tutoring-courses-page-commenting",
    ),
    pytest.param(
        "Penjual: Ada. Bayar dulu baru kirim\nPembeli: COD bisa?\nPenjual: Tidak bisa",
        "COD",
        id="a-buyers-turn-in-a-chat",
    ),
    pytest.param(
        "Chat: Kurir\nPembeli: Paket sa belum sampai, resi CGK8143238411",
        "Paket",
        id="a-buyers-turn-to-a-courier",
    ),
    pytest.param(
        "Chatbot PDAM: Halo, saya Tirta, asisten virtual PDAM. Ada yang bisa dibantu?",
        "Tirta",
        id="a-bots-persona",
    ),
    pytest.param(
        "Veronika (Virtual Assistant): Halo, saya Veronika, asisten virtual BPJS Kesehatan.",
        "Veronika,",
        id="a-bots-persona-said-again-in-its-greeting",
    ),
    pytest.param(
        "KOTKUPANG NOMOR BARU 0852-9843-1781. MOHON DATA PKH SY DIUBAH, PENDAMPING TDK BALAS.",
        "DIUBAH",
        id="a-verb-in-the-passive-after-sy",
    ),
]


@pytest.mark.parametrize(("text", "word"), WORDS_WHERE_A_NAME_MAY_STAND)
def test_ordinary_words_where_a_name_may_stand_are_not_names(text: str, word: str) -> None:
    start = text.index(word)
    assert not [
        finding for finding in Redactor.default().find(text) if finding.start <= start < finding.end
    ]
