"""Whose line a phone number is, from what the text says after it or at its head.

The number detector (``_detect_number.py``) reads the words before a number first; these rules
cover what the annotation guide calls "numbers introduced as an office's or a service's" where
the introduction is elsewhere:

- a number listed beside another line of an office (``(0380) 804644 deng WA center 0813...``):
  both are the office's lines;
- a number said to serve an office's purpose (``0812... untuk pengaduan``, ``(khusus
  layanan darurat)``), when no phone word before it says otherwise;
- a number said to belong to an office (``WA 0811... milik Dinas Kominfo``) is the office's,
  a mobile too ("a mobile number introduced as an office's WhatsApp" in the guide);
- a number said to pose as an office (``telp dari 0380 828662 ngaku petugas Dinsos``): like an
  institution named before it, its fixed line is the office's while a mobile stays a person's
  (the guide's "a mobile number of a named official given as his own");
- a text an office sends, opening with the office's name and a colon (``Bapenda Kota Kupang:
  ... Kontak: 0380-864664``) or with a government's letter heading: its fixed contact line is the
  office's, unless a person or a home is named right before it, and any number right after
  ``kami`` (the office speaking of itself: ``hubungi kami di 0812...``) is the office's;
- a number on a letterhead's, a receipt's or an office signature's contact line, under a line
  that names the office, a desk of it or a business (``DINAS PUPR`` then ``Jl. Timor Raya Km. 5
  Telp. 0811...``; ``Tata Usaha SMPN 5 Kupang`` then ``Telp. 0380-871 449``), and a mobile after
  the office's fixed line on that line: the office's (`letterhead_line`);
- a number on an office's own line of a chat (``[07.09] Puskesmas Fatukoa: ... Daftar lewat WA
  0852...``) or after an agent's ``kami`` in a written-out call (``Petugas: ... Nomor kami
  (0380) ...``), with nobody else named between (`speakers_own_line`), and a number an office's,
  a business's or a school's own message invites the reader to (`invited`: ``Kontak: telp
  (0380) 822249, WA 0823...``): the sender's; a business's advert (``Bengkel Las Karya Baru
  siap ...``) and a business's or a school's mail are such messages (`office_sender`);
- numbers said to pose as a bank, a courier or another business, asked about as an office's
  (``MANA YG RESMI?``), or listed before such words: what the writer says they are; and a
  chat's sender number whose message speaks for an agency (``+6283...: ... kami dari PLN``);
- a number to register, book or send reports by (``PENDAFTARAN ONLINE WA:``, ``Laporan sampah
  bisa ke WA``: `REGISTRATION_BEFORE`), and one a call agent gives to ask further (``Untuk
  pertanyaan lain WA ...``): a service's line.
"""

from __future__ import annotations

import re

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._clauses import heading_above

__all__ = [
    "AFTER_OFFICE_LINE",
    "ASK_WORDS",
    "FIXED_LINE_WORDS",
    "LINE_WORD_LEAD",
    "NUMBER_OF_BEFORE",
    "NUMBER_OF_TAIL",
    "OFFICE_WORDS",
    "POSED_AGENCY",
    "POSING_BEFORE",
    "REGISTRATION_BEFORE",
    "WE",
    "following_owner",
    "invited",
    "letterhead_line",
    "office_sender",
    "speakers_own_line",
]

#: How many characters after a number the rules below read.
AFTER_WIDTH = 64
#: A line's word at most, right before its number in a row or a cell (``WA ``, ``Telp. : ``).
LINE_WORD_LEAD = r"[ \t]*(?:(?:wa|telp|tlp|telepon|hp|hotline)\.?[ \t:]*)?"

_SPACE = r"[ \t\u00a0]"
#: A number listed with the next one: a comma, a slash or a joining word (Kupang ``deng``).
_LISTED = re.compile(
    rf"{_SPACE}{{0,2}}(?:[,/&+]|(?:dan|deng|dengan|atau|ato|sama|serta)(?![a-z])){_SPACE}{{0,2}}"
)
#: A question right after the numbers whether one of them is the office's own (``MANA YG
#: RESMI?``, ``apakah itu nomor resmi?``).
_ASKED_IF_OFFICIAL = re.compile(
    rf"[ .,]{{0,3}}(?:mana|apakah|apa|yg{_SPACE}+mana|yang{_SPACE}+mana)(?:{_SPACE}+(?:itu|ini))?"
    rf"(?:{_SPACE}+(?:yang|yg))?(?:{_SPACE}+(?:nomor|nomer|no))?{_SPACE}+(?:resmi|asli|benar)"
    rf"(?![a-z])"
)
#: Another number listed right after a number (``0812... dan 0897 4979 832``).
_LISTED_NUMBER = re.compile(
    rf"{_SPACE}{{0,2}}(?:[,/&]|dan|deng|atau|ato){_SPACE}{{0,2}}[(+]?[0-9][0-9 .\-()]{{5,18}}[0-9]"
)
#: A line's word before an office's or a business's name (``telp toko``, ``WA kantor``).
_LINE_WORD = re.compile(r"(?:telp|tlp|telepon|wa|hp)\.?[ \t]{1,2}(?=[a-z])")
#: The rest of a mailbox whose local part opens with an office's word (``.solor@gmail.com``).
_MAILBOX_REST = re.compile(r"[a-z0-9._-]*@[a-z0-9-]+\.")
#: What may stand between an office's word and the number it introduces.
_LINE_LEAD = re.compile(r"[\s:.=-]{0,4}[(+]?[0-9]")
#: The number said to pose as someone (``ngaku``, ``mengaku``, ``mengatasnamakan``), then
#: optionally who (``petugas``, ``pegawai``, ``pihak``): an office's name must follow.
_CLAIMED = re.compile(
    # the number spoken of again in the next sentence (``... ke WA 0853.... Nomor itu mengaku
    # admin Dinsos``)
    rf"(?:[.!]{_SPACE}{{1,2}}(?:nomor|nomer|no|akun|wa){_SPACE}{{1,2}}(?:itu|ini|tsb|tersebut)"
    rf"{_SPACE}{{1,2}})?"
    # a bracket of what is not known of its user (``+62857... (identitas belum diketahui),
    # mengaku petugas Dinas Sosial``)
    rf"(?:{_SPACE}{{0,2}}\((?:identitas|pemilik|nama|belum|tidak|tdk|tak)[^()\n\x1f]{{0,36}}\))?"
    # a quote's end or the question that names the number may come first (``atau WA 0838...",
    # katanya dari Kemensos``, ``Ada yg kenal nomor 0899...? dia bilang dia pendeta``)
    rf"[\s,(\"'\u201d?]{{0,4}}(?:(?:dan|lalu|terus|trus){_SPACE}{{1,2}})?"
    rf"(?:(?:yang|yg){_SPACE}{{1,2}}(?:(?:dilaporkan|beredar){_SPACE}{{1,2}})?)?"
    rf"(?:(?:juga|jg|ju){_SPACE}{{1,2}})?"
    # what the number did first (``Ada nomor 0878... kirim SMS, katanya dari BRI``, ``Nomor
    # 0823... telepon saya, bilang dia dari Bapenda``)
    rf"(?:(?:kirim|kirimi|mengirim|sms|wa|telpon|telepon|tlp|nelpon|menelepon|menelpon|chat"
    rf"|hubungi|menghubungi)(?:{_SPACE}{{1,2}}(?:sms|wa|pesan|saya|sy|beta|aku|kami|sa))?"
    rf"[\s,]{{1,3}})?"
    # when, or the number pointed at again (``dari 0816... kemarin, ngaku dari PLN``, ``nomor
    # 0838... tu bilang dia dari Bapenda``)
    rf"(?:(?:kemarin|kemaren|tadi|td|semalam|barusan|itu|tu|ini|ni)[\s,]{{1,3}})?"
    rf"(?:(?:dia|de|dong|nya|dua-dua|dua2|keduanya|semuanya){_SPACE}{{1,2}})?"
    rf"(?:ngaku|mengaku|ngakunya|mengatasnamakan|atas{_SPACE}nama|seolah(?:-olah)?"
    # what the caller said they were (``", katanya dari Kemensos``, ``KATANYA ADMIN BANSOS``)
    rf"|katanya|ktnya|katax"
    rf"|(?:(?:dia|dong|de){_SPACE}{{1,2}})?bilang{_SPACE}{{1,2}}(?:(?:dia|dong|de){_SPACE}{{1,2}})?"
    rf"(?:dari|dr)?|pak(?:ai|e){_SPACE}{{1,2}}foto"
    rf"(?:{_SPACE}{{1,2}}profil)?(?:{_SPACE}{{1,2}}logo)?"
    # asked whether it is genuinely an office's (``nomor +62898... itu benar petugas PKH?``),
    # or quoted with whom it poses as in brackets (``Hubungi 0859... (admin Kemensos)``)
    rf"|(?:itu|ini){_SPACE}{{1,2}}(?:benar|betul|asli)|admin"
    # said not to be the office's own (``yang 0822... itu bukan kantor?``, ``0812..., 0817...
    # bukan nomor resmi Bank NTT``)
    # (not where it goes on to say whose it is: ``bukan nomor dinas, tapi nomor pribadi``)
    rf"|(?:(?:itu|ini){_SPACE}{{1,2}})?(?:bukan|bkn)"
    rf"(?![^.\n?!]{{0,48}}(?<![a-z])(?:tapi|tetapi|melainkan|pribadi|punya|milik)(?![a-z]))"
    rf"{_SPACE}{{1,2}}(?:(?:nomor|nomer|no)"
    rf"{_SPACE}{{1,2}})?(?:(?:resmi|asli){_SPACE}{{1,2}})?"
    # in English (``got a WhatsApp from 0821... claiming to be "Admin BPJS"``)
    rf"|(?:claiming|claims|pretending|posing){_SPACE}{{1,2}}(?:to{_SPACE}{{1,2}}be|as)"
    rf"(?:{_SPACE}{{1,2}}(?:from|an?|the))?{_SPACE}{{0,2}}[\"'“]?){_SPACE}{{0,2}}"
    rf"(?:(?:kepala|kadis|pak|bapak|ibu){_SPACE}{{1,2}})?"
    rf"(?:(?:sebagai|dari|dr|jadi):?{_SPACE}{{1,2}})?"
    rf"(?:(?:petugas|pegawai|staf|staff|orang|pihak|org|admin|agen){_SPACE}{{1,2}}"
    rf"(?:(?:bansos|bantuan|lapangan|resmi){_SPACE}{{1,2}})?)?"
)
#: Agencies a number may pose as whose names are no office's context word (``BPJS
#: Kesehatan`` is an identity card's word too).
POSED_AGENCY = re.compile(
    r"(?<![a-z])(?:bpjs|bank|ombudsman|kemensos|kemenkes|pkh|bansos|kurir|jne|j&t|ekspedisi"
    r"|travel|bp2mi|bapenda|dukcapil|ojk|polisi|polres|polda|kejaksaan|pajak|samsat|pln|pdam"
    r"|bri|bni|bca|bsi|btn|mandiri|pertamina|telkomsel|shopee|tokopedia|lazada|asdp|pelni"
    # a school's roles and the press (``mengaku wali kelas``, ``mengaku dari media online``)
    r"|wali[ \t]kelas|guru|kepala[ \t]sekolah|media|wartawan|koran"
    # a lender's collector (``mengaku debt collector resmi``)
    r"|debt[ \t]collector|collector|penagih"
    # a church's, a city's official (``dia bilang dia pendeta dari sinode``, ``mengaku staf
    # Wali Kota``)
    r"|pendeta|pastor|sinode|wali[ \t]?kota|bupati|gubernur|camat|lurah)(?![a-z])"
)
#: The number said to serve something (``0812... untuk pengaduan``): an office's word must follow.
_SERVES = re.compile(
    rf"{_SPACE}{{0,2}}[,(]?{_SPACE}{{0,2}}"
    rf"(?:(?:khusus|hanya){_SPACE}{{1,2}}(?:(?:untuk|utk){_SPACE}{{1,2}})?"
    rf"|(?:untuk|utk|buat|bwt){_SPACE}{{1,2}})"
)
#: The number said to belong to someone (``0811... milik Dinas Kominfo``): an office's or
#: institution's name must follow.
_BELONGS = re.compile(
    rf"{_SPACE}{{0,2}},?{_SPACE}{{0,2}}(?:(?:yang|yg){_SPACE}{{1,2}})?"
    rf"(?:milik|punya|kepunyaan){_SPACE}{{1,2}}"
)
#: The number said, after it, to be a business's or an office's (``0811... itu nomor bengkel``,
#: ``0813... di papan nama kios tu nomor lama toko``, ``0812..., ternyata nomor travel``),
#: within its sentence and before any other number.
#: Businesses and offices a number is said to be of (before or after it).
_BUSINESS_OR_OFFICE = (
    r"(?:bengkel|toko|kios|travel|warung|apotek|kantor|konter|counter|laundry|rental|salon"
    r"|usaha|restoran|rumah makan|rm|hotel|koperasi|agen|percetakan|fotokopi|ekspedisi|dealer"
    r"|showroom|depot|depo|pangkalan|dinas|kelurahan|kecamatan|puskesmas|sekolah|pdam|pln|pengaduan"
    r"|pelayanan|layanan|satpol|polisi|polsek|polres)(?![a-z])"
)
_NUMBER_OF = re.compile(
    rf"[^.\n;?!0-9\x1f]{{0,48}}?(?<![a-z])(?:itu|tu|ini|adalah|ternyata|yaitu)"
    rf"{_SPACE}{{1,2}}(?:(?:adalah|ternyata){_SPACE}{{1,2}})?(?:nomor|nomer)"
    rf"{_SPACE}{{1,2}}(?:(?:lama|baru|resmi|hp|wa|telp|telepon){_SPACE}{{1,2}})?"
    + _BUSINESS_OR_OFFICE
)
#: The same said before the number (``pangkalan ojek depan Pasar Kuanino tu nomor 0819...``):
#: a business's or an office's word, then up to 48 characters of its sentence, then ``tu
#: nomor``, on the window before the number.
_SAID_NUMBER_TAIL = (
    rf"(?<![a-z])(?:itu|tu|ini|adalah){_SPACE}{{1,2}}(?:nomor|nomer|no\.?)(?:nya)?"
    rf"{_SPACE}{{0,2}}[:.]?{_SPACE}{{0,2}}[(+]?\Z"
)
NUMBER_OF_BEFORE = re.compile(
    rf"(?<![a-z]){_BUSINESS_OR_OFFICE}[^.\n;?!0-9\x1f]{{0,48}}" + _SAID_NUMBER_TAIL
)
#: How `NUMBER_OF_BEFORE` ends (``tu nomor``): told on the number's own window first.
NUMBER_OF_TAIL = re.compile(_SAID_NUMBER_TAIL)
#: A mobile after an office's or a service's short line and a list word (``Info: PLN 123 / WA
#: 0813...``, ``Pengaduan: 112 atau WA 0812...``), on the window before the number.
AFTER_OFFICE_LINE = re.compile(
    rf"(?<![a-z])(?:pln|pdam|pengaduan|layanan|pelayanan|info|informasi|hotline|call{_SPACE}?center"
    rf"|darurat|polisi|damkar|ambulans|sms)"
    # up to two words between (``Pengaduan Pemkot: SMS 1708, WA ...``)
    rf"(?:[ \t:.]{{1,3}}[a-z]+){{0,2}}"
    rf"[ \t:.]{{1,3}}[0-9]{{3,4}}{_SPACE}*(?:/|,|atau|dan|&)"
    rf"{_SPACE}*(?:wa|hp|whatsapp|sms)?[ \t:.]*[(+]?\Z"
)
#: A number said to be a programme's or an office's admin, or a number posing as an office
#: (``WA admin PKH 0818...`` in a hoax; ``Ada WA yang mengaku dari Dinas Sosial, nomor ...``),
#: on the window before the number.
POSING_BEFORE = re.compile(
    rf"(?<![a-z])(?:(?:wa|hp|nomor|no){_SPACE}+)?admin{_SPACE}+(?:[a-z]+{_SPACE}+){{0,2}}[(+]?\Z"
    rf"|(?<![a-z])(?:ngaku|mengaku|ngakunya|mengatasnamakan){_SPACE}+(?:dari{_SPACE}+|sebagai"
    rf"{_SPACE}+)?(?:petugas{_SPACE}+|pegawai{_SPACE}+)?(?:dinas|kantor|dinsos|kemensos|pln|pdam"
    rf"|bank|bpjs|polisi|polres|kelurahan|camat|lurah|bansos|pkh|kurir|jne|j&t|ekspedisi|travel"
    rf"|bp2mi|bapenda|dukcapil|ojk|pajak|samsat|bps|sensus|statistik)(?![a-z])"
    r"[^.\n;?!0-9\x1f]{0,40}"
    r"[(+]?\Z"
)
#: A number to register or book by, right before it (``PENDAFTARAN ONLINE WA:``, ``daftar via
#: WA``, ``Reservasi:``): a service's line, on the window before the number.
REGISTRATION_BEFORE = re.compile(
    rf"(?<![a-z])(?:daftar|pendaftaran|registrasi|reservasi|pemesanan|booking|koordinasi"
    rf"|antrian|antrean|ambil{_SPACE}+nomor(?:{_SPACE}+antrian)?"
    # in English (``Queue online via WA``, ``Booking via WhatsApp``)
    rf"|queue|registration)"
    # what is registered for may come first (``kalo mau daftar imunisasi anak, WA ke``)
    # (or how: ``Pendaftaran poli rawat jalan lewat WhatsApp``)
    rf"(?:(?:{_SPACE}+[a-z]+){{1,3}},?"
    rf"(?={_SPACE}+(?:wa|whatsapp|sms|telp|hubungi|via|lewat|lwt|melalui|online)))?"
    # (a label's colon may stand before the channel: ``Pendaftaran online: WA``)
    rf"(?:{_SPACE}+(?:online|via|lewat|lwt|melalui|ke|di)(?![a-z]))*[ \t\u00a0:]*"
    rf"(?:(?:wa|whatsapp|sms|telp|tlp|hp|hubungi)(?![a-z]))?(?:{_SPACE}+ke)?[ \t:.]*[(+]?\Z"
    # the channel one must use (``Kata petugas di loket harus lewat WA``), or that a report came
    # in by (``Kanal: telepon ke``)
    rf"|(?<![a-z])(?:harus|wajib|hanya|cuma){_SPACE}+(?:bisa{_SPACE}+)?(?:lewat|melalui|via)"
    rf"{_SPACE}+(?:wa|whatsapp|sms|nomor|no)[ \t:.]*[(+]?\Z"
    rf"|(?<![a-z])kanal{_SPACE}*:{_SPACE}*(?:telepon|telp|wa|whatsapp|sms){_SPACE}+"
    rf"(?:ke{_SPACE}+)?[(+]?\Z"
    # where reports can be sent (``Laporan sampah bisa ke WA ...``), no one's own number named
    rf"|(?<![a-z])(?:laporan|pengaduan|keluhan|aduan)"
    rf"(?:{_SPACE}+(?!(?:saya|sy|beta|kami|aku|ku|dia)(?![a-z]))[a-z]+){{0,2}}{_SPACE}+"
    rf"(?:bisa|dapat|dpt|silakan|boleh){_SPACE}+(?:dikirim{_SPACE}+|disampaikan{_SPACE}+)?"
    rf"(?:ke|melalui|lewat|via){_SPACE}+(?:(?:wa|whatsapp|sms|telp|nomor|no)[ \t:.]*)?[(+]?\Z"
    # where to confirm, no one's own number named (``Untuk konfirmasi hubungi (0380) ...``)
    rf"|(?<![a-z])(?:untuk{_SPACE}+konfirmasi|konfirmasi{_SPACE}+(?:kehadiran|kedatangan)"
    # (``Konfirmasi kehadiran ke +62...``: an invitation's desk)
    rf"(?={_SPACE}*(?:ke|hubungi|via|lewat|melalui|:)))"
    rf"[ \t\u00a0:.]*(?:(?:hubungi|ke|lewat|via|melalui)(?![a-z])[ \t\u00a0:.]*)?"
    rf"(?:(?:wa|whatsapp|sms|telp|tlp|telepon|nomor|no)(?![a-z])[ \t:.]*)?[(+]?\Z"
    # the channel one is told to report by (``dong bilang lapor lewat WA``), to object or to
    # check by (``Sanggahan ke WA``, ``Laporkan penyalahgunaan ke WA``, ``Cek tagihan via WA``)
    # (or to consult by: ``Konsultasi WA``)
    rf"|(?<![a-z])(?:lapor|melapor|mengadu|laporkan|sanggahan|sanggah|keberatan|cek|konsultasi)"
    rf"(?:{_SPACE}+(?!(?:saya|sy|beta|kami|aku|ku|dia)(?![a-z]))[a-z]+){{0,2}}"
    # (or its colon: ``Sanggahan: WA``, ``Cek status dokumen: WA``; or the channel alone:
    # ``Gangguan lapor WA``)
    rf"(?:{_SPACE}+(?:lewat|melalui|via|ke)|{_SPACE}*:|(?={_SPACE}+(?:wa|whatsapp|sms)(?![a-z])))"
    rf"{_SPACE}+(?:(?:wa|whatsapp|sms|nomor|no)[ \t:.]*)?[(+]?\Z"
    # a notice's label of where to ask, complain, confirm or book, up to its colon and the
    # channel (``Pertanyaan: WA``, ``Keluhan angkutan kota: WA``, ``Konfirmasi donasi: WA``,
    # ``Kendala OSS: WA``, ``Pesan tiket: WA``), no one's own line named in it
    rf"|(?<![a-z])(?:pertanyaan|keluhan|laporan|pelaporan|pengaduan|aduan|konfirmasi|kendala"
    rf"|gangguan|pemesanan|pesan|layanan)(?:{_SPACE}+(?!(?:saya|sy|beta|kami|aku|ku|dia|dari|pelapor|warga"
    rf"|pribadi|rumah)(?![a-z]))[a-z0-9\-]+){{0,3}}{_SPACE}*:{_SPACE}*"
    rf"(?:(?:wa|whatsapp|sms|telp|tlp|telepon|hp)(?![a-z])[ \t:.]*)?[(+]?\Z"
)
#: A social post's heading: the page's or the person's name on the first line, then how long
#: ago it was posted (``RSUD S.K. Lerik`` / ``1 mg``, ``Dukcapil Kota Kupang`` / ``12 mnt ·``).
_POST_HEAD = re.compile(
    r"[ \t\u00a0]*([^\W\d_][^\n:]{1,60})\n[ \t\u00a0]*[0-9]{1,2}[ \t\u00a0]*"
    r"(?:mnt|menit|m|j|jam|h|hari|mg|minggu|bln|bulan|thn|tahun|d|w|hr|y|yr)(?![a-z])"
)
#: A sender's name opening a text, up to its colon, then a sentence of four words or more
#: (``Bapenda Kota Kupang: keberatan atas ...``; not a form's label, ``Dinas terkait: PUPR``).
_SENDER = re.compile(
    # (after a chat's time stamp: ``[06/02/2025 19.36] DPMPTSP Kota Kupang: Daftar PBG ...``)
    r"[ \t\u00a0]*(?:\[[^\]\n]{1,24}\][ \t\u00a0]*)?"
    r"([^\W\d_][^:\n]{1,60}):(?:[ \t\u00a0]+[^\s]+){4}"
)
#: A text that opens with a business's noun and its name (``Bengkel Las Karya Baru siap
#: ...``, ``Depot Air Murni melayani ...``), up to the end of its first sentence: a business's
#: advert or notice (the caller checks that no person is named in it).
_BUSINESS_OPENING = re.compile(
    r"[ \t\u00a0\n]*(?:"
    + lex.trie_pattern(lex.BUSINESS_NOUNS).replace(r"\ ", r"[ \t\u00a0]{1,2}")
    + r")(?![a-z])[ \t\u00a0]+[a-z0-9][^.\n!?]*"
)
#: A text that opens with a body's name of one to five words (group 1) and a verb of an
#: announcement (``Dukcapil Kota Kupang buka layanan ...``, ``Polresta Kupang Kota
#: mengimbau:``), up to the end of its first sentence.
_OFFICE_ANNOUNCES = re.compile(
    r"[ \t\u00a0\n]*((?:[a-z0-9.&'\-]+[ \t\u00a0]+){0,4}[a-z0-9.&'\-]+)[ \t\u00a0]+"
    r"(?:buka|membuka|mengimbau|menghimbau|mengumumkan|menginformasikan|memberitahukan"
    r"|mengundang|menyampaikan|melayani|menerima)(?![a-z])[^.\n!?]*"
)
#: A text that opens by saying it is a banner's or a sign's words, on a line of their own
#: (``SPANDUK KELURAHAN ALAK``, ``PAPAN INFO RT 14``; not ``Poster yang ditempel ...:``, a
#: complaint about one).
_SIGN_OPENING = re.compile(
    r"[ \t\u00a0\n]*(?:spanduk|baliho|banner|billboard|papan(?:[ \t]+(?:nama|info|pengumuman))?"
    r"|poster|brosur|pamflet|stiker|sticker|selebaran|plang)(?![a-z])(?![ \t]+yang)"
    r"[^\n.!?:]{0,60}\n"
)
#: A school or its administration office as a mail's sender.
_SCHOOL = re.compile(
    r"(?<![a-z])(?:tata[ \t]+usaha|sekolah|sd|sdi|sdk|smp|smpk|smpn|sma|smak|sman|smk|smkn|tk|paud"
    r"|universitas|kampus)(?![a-z])"
)
#: A mail's sender header opening a text, the display name (group 1) before its mailbox.
_MAIL_FROM = re.compile(r"[ \t\u00a0]*(?:from|dari|pengirim)[ \t\u00a0]*:([^\n<]*)")
#: A letter's heading that opens with the government it comes from (``PEMERINTAH KOTA KUPANG``).
_LETTERHEAD = re.compile(
    r"[ \t\u00a0]*pemerintah[ \t\u00a0]+(?:kota|kabupaten|kab\.?|provinsi|daerah)(?![a-z])"
)
#: An office's or institution's context word anywhere, without the word boundaries `lex.CONTEXT`
#: checks: where it finds nothing, no rule here can name an owner.
OFFICE_WORDS = re.compile(
    lex.trie_pattern((*lex.CONTEXT_WORDS["office"], *lex.CONTEXT_WORDS["institution"])).replace(
        r"\ ", r"[\s.:]{1,3}"
    )
)
#: The office speaking of itself in its own message (``hubungi kami di 0812...``).
WE = re.compile(r"(?<![a-z])kami(?![a-z])")


def _office_word_at(window: str, position: int) -> str | None:
    """The kind of the context word starting at ``position``, if an office's or institution's."""
    found = lex.CONTEXT.match(window, position)
    if found is None or found.lastgroup not in ("office", "institution"):
        return None
    return found.lastgroup


def said_to_be_a_business(window: str) -> bool:
    """Whether the words right after a number (``window``, lower-cased) say it is a business's
    or an office's number (``itu nomor bengkel``, ``ternyata nomor travel``), or the number
    printed on a sign, a banner or a board (``. Nomor di papan itu sonde aktif``)."""
    if _NUMBER_OF.match(window) is not None:
        return True
    read = _READ_ON_AFTER.match(window)
    return read is not None and lex.SOURCE_NOUN.match(window, read.end()) is not None


#: The next sentence speaking of the number as the one read somewhere (``. Nomor di``).
_READ_ON_AFTER = re.compile(
    r"[ \t]*[.,;][ \t]*(?:nomor|nomer|no\.?)(?:[ \t]+(?:hp|wa|telp))?[ \t]+"
    r"(?:(?:yg|yang)[ \t]+)?(?:ada[ \t]+)?(?:di|pada|dari)[ \t]+"
)


def following_owner(window: str) -> str | None:
    """What the words right after a number say about its owner.

    Args:
        window: the lower-cased text after the number (earlier findings collapsed).

    Returns:
        ``"office"`` when the number is listed beside another number introduced as an office's
        line or said to serve an office's purpose (``untuk pengaduan``); ``"owned"`` when it is
        said to belong to an office (``milik Dinas ...``, whatever the words before it);
        ``"owned"`` too when it is said to pose as an office or its staff (``0896... yang
        mengaku petugas Dinsos``: the guide labels what the writer says it is); else ``None``.
    """
    if said_to_be_a_business(window):
        return "owned"
    listed = _LISTED.match(window)
    if listed is not None:
        found = lex.CONTEXT.match(window, listed.end())
        if found is None or found.lastgroup not in ("office", "institution"):
            # a line's word may stand before the business's or the office's name (``, telp
            # toko (0380) ...``)
            lead = _LINE_WORD.match(window, listed.end())
            if lead is not None:
                found = lex.CONTEXT.match(window, lead.end())
        if found is not None and (
            (found.lastgroup == "office" and _LINE_LEAD.match(window, found.end()) is not None)
            # an office's mailbox listed with it (``Konfirmasi ke 0380 846334 atau
            # kelurahan.solor@gmail.com``)
            or (
                found.lastgroup in ("office", "institution")
                and _MAILBOX_REST.match(window, found.end()) is not None
            )
        ):
            return "office"
    serves = _SERVES.match(window)
    if serves is not None:
        found = lex.CONTEXT.match(window, serves.end())
        if found is not None and found.lastgroup == "office":
            return "office"
    belongs = _BELONGS.match(window)
    if belongs is not None and _office_word_at(window, belongs.end()) is not None:
        return "owned"
    return "owned" if _posing_after(window) else None


def _posing_after(window: str) -> bool:
    """Whether the words after a number say it poses as an office or an agency (`_CLAIMED`),
    said of it or of the list it opens (``Nomor 0812... dan 0897... mengaku dari Bapenda``), or
    the number is a chat's sender whose message says so (``+628323360950: Yth bapak/ibu, kami
    dari PLN``), unless the writer asks whether it is an office's and then names its user
    (``nomor 0822... itu benar petugas PKH? Dia bilang namanya [NAME]``: the named user's, as
    the guide keeps a scam's number whose user is named; a name inside the claim itself,
    ``mengaku petugas Dukcapil namanya Sri``, is part of the pose)."""
    if (
        "\x1f" in window
        and (named := _NAMED_USER.search(window)) is not None
        and "?" in window[: named.start()]
    ):
        return False
    sender = _SENDER_CLAIMS.match(window)
    if sender is not None and _poses_at(window, sender.end()):
        return True
    listed_number = _LISTED_NUMBER.match(window)
    rest = listed_number.end() if listed_number is not None else 0
    if _ASKED_IF_OFFICIAL.match(window, rest) is not None:
        return True  # ``2 NOMOR 0898... DAN 0838.... MANA YG RESMI?``: said to be an office's
    if rest:
        claimed = _CLAIMED.match(window, rest)
        if claimed is not None and _poses_at(window, claimed.end()):
            return True
    claimed = _CLAIMED.match(window)
    if claimed is not None and _poses_at(window, claimed.end()):
        return True
    said_from = _FROM_SAID.match(window)  # ``0812..., dari kantor PinjamCepat88 katanya``
    return said_from is not None and _poses_at(window, said_from.end())


#: A number's user named in the words after it (``Dia bilang namanya [NAME]``).
_NAMED_USER = re.compile(r"(?<![a-z])(?:namanya|bernama|nama[ \t]+dia)[ \t:]{0,3}\x1f")
#: Where a number is said to come from, with ``katanya`` later in its clause (``0812..., dari
#: kantor PinjamCepat88 katanya``): an office's name must follow ``dari``.
_FROM_SAID = re.compile(
    r"[\s,]{0,3}(?:dari|dr)[ \t]+(?=[^\n.!?]{0,40}(?<![a-z])(?:katanya|ktnya|katax|ngakunya)"
    r"(?![a-z]))"
)
#: A number as a chat's sender, then its message saying whom it speaks for (``: Yth bapak/ibu,
#: kami dari ``): an office's or an agency's name must follow.
_SENDER_CLAIMS = re.compile(
    rf":{_SPACE}[^\n:]{{0,40}}?(?<![a-z])(?:kami|saya|sy){_SPACE}{{1,2}}(?:dari|dr){_SPACE}{{1,2}}"
)


#: Kin and acquaintances a scam's number poses as (``Nomor 0815... ngaku anak kos sa, bilang
#: kecelakaan``): the writer says it is not who it claims, and names nobody as its user.
_POSED_KIN = re.compile(
    r"(?:anak|keponakan|ponakan|saudara|sodara|cucu|adik|adek|kakak|kaka|teman|kerabat"
    r"|tetangga|ipar|sepupu|paman|tante|tanta|om)(?![a-z])"
)


def _poses_at(window: str, position: int) -> bool:
    """Whether an office's word, an agency or a relation a number may pose as starts at
    ``position``."""
    return (
        _office_word_at(window, position) is not None
        or POSED_AGENCY.match(window, position) is not None
        or _POSED_KIN.match(window, position) is not None
    )


def office_sender(lowered: str) -> bool:
    """Whether a text opens with an office's name, a colon and a sentence, as an office's message
    does, with a government's letter heading (``PEMERINTAH KOTA KUPANG``), or with a business's
    name in a sentence that names no person (an advert: ``Bengkel Las Karya Baru siap ...``).

    Args:
        lowered: the whole text, lower-cased.

    Returns:
        True for a government's letter heading; for a banner's or a sign's words, or a
        business's opening sentence (a scanner's zero for an O read as one), that name no
        person; for a mail whose ``From:`` or a social post whose page's name names an office,
        an institution, a business or a school and no person (``RSUD S.K. Lerik`` then ``1
        mg``); and where the words before the first colon name an office or an institution and
        no person (``Petugas Dinsos:`` and ``Pak Yos dari Dinas:`` are people writing).
    """
    if _LETTERHEAD.match(lowered) is not None:
        return True
    opening = _SIGN_OPENING.match(lowered) or _BUSINESS_OPENING.match(lowered)
    if opening is None and "0" in lowered[:12]:
        # a scanner's zero for an O (``SED0T WC BERKAH ABADI``, ``T0KO ...``)
        opening = _BUSINESS_OPENING.match(lowered.split("\n", 1)[0].replace("0", "o"))
    if opening is not None and lex.PERSON_BETWEEN.search(opening.group()) is None:
        # ``Bengkel Las Karya Baru siap mengerjakan ...``: a business's advert; ``SPANDUK
        # KELURAHAN ...``: a banner's words
        return True
    announced = _OFFICE_ANNOUNCES.match(lowered)
    if (
        announced is not None
        and lex.PERSON_BETWEEN.search(announced.group()) is None
        and any(
            found.lastgroup in ("office", "institution")
            for found in lex.CONTEXT.finditer(announced.group(1))
        )
    ):
        return True  # ``Dukcapil Kota Kupang buka layanan ...``: an office's own announcement
    # a mail header: the sender's display name says who writes (``From: Bagian Umum Setda
    # <umum.setda@...>``); a social post's heading: the page posting (``RSUD S.K. Lerik``
    # then ``1 mg``)
    header = _POST_HEAD.match(lowered) or _MAIL_FROM.match(lowered)
    if header is not None:
        head = header.group(1)
        if (
            (lex.BUSINESS_NOUN.search(head) is not None or _SCHOOL.search(head) is not None)
            and lex.PERSON_BETWEEN.search(head) is None
            # (``usaha`` of a school's ``tata usaha`` is no owner's word)
            and lex.OWNER_PERSON.search(head.replace("tata usaha", "")) is None
        ):
            # ``From: Flobamora Travel <admin@...>``, ``From: Tata Usaha SD Inpres Oepura 2``:
            # a business or a school writes
            return True
    else:
        sender = _SENDER.match(lowered)
        if sender is None:
            return False
        head = sender.group(1)
    return (
        lex.PERSON_BETWEEN.search(head) is None
        and lex.HOME_LINE.search(head) is None
        and any(
            # (BPJS Kesehatan's name is an agency's, though its word's group is its card's)
            found.lastgroup in ("office", "institution", "bpjs")
            for found in lex.CONTEXT.finditer(head)
        )
    )


#: A chat line's or a written-out call's head: an optional time stamp (``[07.09]``, ``12/03/26
#: 09.15 -``), the speaker up to a colon (group 1), then two words or more (an agent's
#: ``Silakan ke 0380-801104``; other speakers need `_FOUR_WORDS`).
_LINE_SPEAKER = re.compile(
    r"[ \t\u00a0]*(?:\[[^\]\n]{1,24}\][ \t\u00a0]*|[0-9][0-9/.:, ]{4,20}-[ \t\u00a0]*)?"
    r"([^\W\d_][^:\n]{1,48}):(?=(?:[ \t\u00a0]+[^\s]+){2})"
)
#: Four words or more after a speaker's colon: a message, not a form's field and its value.
_FOUR_WORDS = re.compile(r"(?:[ \t\u00a0]+[^\s]+){4}")
#: A call centre's or an office's agent speaking in a written-out call or chat (``Petugas:``,
#: ``Agen:``, ``CS:``): where they say ``kami``, they speak for the office.
_AGENT = re.compile(
    r"(?:petugas|agen|operator|admin|cs|customer[ \t]service|call[ \t]?center)"
    r"(?:[ \t]+[a-z0-9.]+){0,3}[ \t]*"
)
#: An agent inviting the caller to ask further or sending them on, in the number's clause
#: (``Untuk pertanyaan lain WA``, ``info lebih lanjut hubungi``, ``Silakan ke``).
_AGENT_INVITES = re.compile(
    r"(?<![a-z])(?:pertanyaan|informasi|info|hubungi|hub|silakan|silahkan|kendala"
    # (``Kalau begitu ke (0380) ...``, ``Coba ke``, ``Langsung ke``)
    r"|(?:kalau|kalo)[ \t]+begitu|coba|langsung)(?![a-z])"
    r"[^\n.;!?0-9\x1f]{0,40}\Z"
)
#: Words in a speaker's line before a number that make it someone else's than the speaker's.
_OTHERS = re.compile(
    r"(?<![a-z])(?:pelapor|penelepon|warga|anak|suami|istri|keluarga|ortu|orang[ \t]tua"
    r"|atas[ \t]nama|a\.n|nama|namanya|pemilik|penipu|pelaku|dari[ \t]+(?:nomor|nomer|no|hp|wa))"
    r"(?![a-z])"
)
#: What may follow an agent's ``kami`` up to the number: a few words, the office's earlier
#: lines (``Nomor kami (0380) 861 979 dan WA ...``), no person and no end of a sentence.
_SAID_OWN = re.compile(
    r"(?:(?![a-z]*(?:pelapor|penelepon|warga|bapak|bpk|pak|ibu|bu|anak|suami|istri|pribadi"
    r"|rumah|saya|sy)(?![a-z]))[^\n.;!?\x1f]){0,40}"
)
#: Words that invite the reader to get in touch right before a number (``Daftar lewat WA``,
#: ``Kontak:``, ``hubungi``), within the number's clause.
_INVITES = re.compile(
    r"(?<![a-z])(?:kontak|hubungi|hub|daftar|pendaftaran|konfirmasi|reservasi"
    r"|pemesanan|pesan|tanya|bertanya|antrian|antrean)(?![a-z])[^\n.;!?0-9\x1f]{0,40}\Z"
)


#: Words that say where the reader may ask or complain (``Pertanyaan:``, ``Info pengaduan``).
ASK_WORDS = "pertanyaan|informasi|info|pengaduan|keluhan|kendala|sanggahan|keberatan"
#: `_INVITES` in a clause, where the office's other lines may stand between the invitation
#: and the number (``Kontak: telp (0380) 822249, WA 0823...``).
_INVITES_CLAUSE = re.compile(
    r"(?<![a-z])(?:kontak|hubungi|hub|daftar|pendaftaran|konfirmasi|reservasi|pemesanan|pesan"
    r"|tanya|bertanya|antrian|antrean"
    # where the reader may ask or complain (``Pertanyaan: WA 0812...``, ``INFO PENGADUAN DINAS
    # SOSIAL: SMS/WA 0813...``)
    rf"|{ASK_WORDS})"
    r"(?![a-z])[^\n;!?\x1f]{0,48}\Z"
)


def invited(window: str) -> bool:
    """Whether the words right before a number, in its clause, invite the reader to get in touch
    (``Kontak WA``, ``Perubahan jadwal hubungi``) and name nobody whose line it could be.

    Args:
        window: the lower-cased window before the number (earlier findings collapsed).
    """
    clause = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    return (
        _INVITES_CLAUSE.search(clause) is not None
        and lex.PERSON_BETWEEN.search(clause) is None
        and lex.HOME_LINE.search(clause) is None
        and _OTHERS.search(clause) is None
    )


def speakers_own_line(lowered: str, position: int) -> bool:
    """Whether a number at ``position`` is the line of who speaks on its line of a chat or a
    written-out call: an office (``[07.09] Puskesmas Fatukoa: ... Daftar lewat WA 0852...``)
    inviting the reader to get in touch, or an office's agent saying ``kami`` (``Petugas: ...
    Nomor kami (0380) 861 979``), with nobody else named between the speaker and the number.

    Args:
        lowered: the whole text, lower-cased (no finding collapsed: the caller checks that no
            earlier finding lies between the line's start and ``position``).
        position: where the number (or its ``+``/``(``) starts.
    """
    line = lowered.rfind("\n", 0, position) + 1
    if lowered.find(":", line, position) == -1:
        return False
    found = _LINE_SPEAKER.match(lowered, line)
    if found is None or found.end() > position:
        return False
    spoken = lowered[found.end() : position]
    head = found.group(1).strip(" \t\u00a0")
    if _AGENT.fullmatch(head) is not None:
        # What the agent says after the last ``kami`` (``Itu nomor travel, Bu, bukan nomor
        # kami. Nomor kami (0380) ...``: the caller addressed before it is not the owner), or
        # where the agent invites the caller to ask (``Untuk pertanyaan lain WA 0897...``).
        said = [we.end() for we in WE.finditer(spoken)]
        if said and _SAID_OWN.fullmatch(spoken, said[-1]) is not None:
            return True
        clause = spoken[max(spoken.rfind(". "), spoken.rfind("? ")) + 1 :]
        return (
            _AGENT_INVITES.search(clause) is not None
            and lex.PERSON_BETWEEN.search(clause) is None
            and _OTHERS.search(clause) is None
        )
    if (
        _FOUR_WORDS.match(lowered, found.end()) is None
        or lex.PERSON_BETWEEN.search(spoken) is not None
        or lex.HOME_LINE.search(spoken) is not None
        or _OTHERS.search(spoken) is not None
    ):
        return False
    return (
        lex.PERSON_BETWEEN.search(head) is None
        and lex.HOME_LINE.search(head) is None
        and (
            any(word.lastgroup in ("office", "institution") for word in lex.CONTEXT.finditer(head))
            # an office's or a business's account by its handle (``dukcapilkotakupang:``,
            # ``kios_berkah_oebufu:``) or a business by its name (``Fotokopi Cahaya Oesapa:``)
            or (
                " " not in head
                and (
                    lex.ORGANISATION_MAILBOX.match(head) is not None
                    or _OFFICE_HANDLE.match(head) is not None
                )
            )
            or lex.BUSINESS_NOUN.search(head.replace("_", " ")) is not None
            # a company by its form (``UD CAHAYA SUMBA: Kami UD ka, ... Kontak kami 0812...``),
            # a shop's or a rental's page by its trade (``Roti Kenari Bakery:``, ``DO TRANS RENT
            # CAR:``, ``Kue Lontar Oebobo:``)
            or lex.COMPANY_FORM.search(head) is not None
            or _TRADE_SPEAKER.search(head) is not None
            # a boarding house's page (``Kos Melati Oebufu: Di kami juga ada kak, 0895...``),
            # also by its handle (``kos_griya_penfui:``)
            or head.replace("_", " ").replace(".", " ").split(None, 1)[0] in _LODGINGS
        )
        and (
            WE.search(spoken) is not None
            or _INVITES.search(spoken) is not None
            # where to ask or complain, or a channel listed last (``Info lanjut 0853...``,
            # ``Keluhan ke (0380) ...``, ``..., atau WA +62857...``)
            or _SPEAKER_ASKS.search(spoken) is not None
            # or only its line's word after an offer (``Kios Pulsa Lontar Cell: Butuh pulsa?
            # WA 0811...``)
            or _CHANNEL_ALONE.search(spoken) is not None
        )
    )


#: A line's word alone in its sentence, right before the number.
_CHANNEL_ALONE = re.compile(r"(?:\A|[.!?][ \t]+)(?:wa|whatsapp|hp|telp|tlp)[ \t.:]*\Z")
#: A trade's word in a speaker's name: a shop's or a rental's page speaks (``Roti Kenari
#: Bakery``, ``DO TRANS RENT CAR``, ``Kue Lontar Oebobo``).
_TRADE_SPEAKER = re.compile(rf"(?<![a-z])(?:{lex.trie_pattern(lex.TRADE_WORDS)})(?![a-z])")
#: A boarding house's word opening a commenter's name: the house's page speaks.
_LODGINGS = frozenset({"kos", "kost", "wisma", "homestay"})
#: An office's account by its handle, its name run into its city's (``dukcapilkotakupang``,
#: ``dinsos_kupang``, ``pdamkotakupang``).
_OFFICE_HANDLE = re.compile(
    r"(?:disdukcapil|dukcapil|dinsos|dinkes|dishub|disdik|bapenda|pdam|puskesmas|kelurahan"
    r"|kecamatan|pemkot|humas|polresta|polres|polsek|bpbd|dlh|pupr|satpol|bpjs|pln|baznas)"
    r"[._]?(?:kota|kab|kupang|ntt|prov|resmi|official|info)"
)
#: Where an office speaking on its own line tells the reader to ask or complain, or lists a
#: channel last, right before its number.
_SPEAKER_ASKS = re.compile(
    rf"(?<![a-z])(?:{ASK_WORDS})(?![a-z])[^\n.;!?0-9\x1f]{{0,24}}\Z"
    r"|(?<![a-z])(?:atau|dan|/)[ \t]+(?:via[ \t]+|lewat[ \t]+)?(?:wa|whatsapp|sms|telp|hp)"
    r"[ \t.:]*[+(]?\Z"
)


#: A line of an office's heading that gives its address or its lines (``Jl. Timor Raya Km. 5
#: Kupang Telp.``, ``Telp.``, ``Telp. (0380) 884317 | WA``), with no person's word in it.
_HEADING_CONTACT = re.compile(
    # (a school's register numbers may open the line: ``NPSN 51462633 - Jl. ...``)
    rf"[ \t]*(?:{lex.SCHOOL_REGISTER_LEAD})?"
    r"(?:(?:jl|jln|jalan)(?![a-z])(?:(?!(?<![a-z])(?:saya|sy|beta|hp|wa)(?![a-z]))"
    r"[^\n]){0,60}?)?"
    r"(?:(?:telp|telepon|tlp|fax|faks)\.?(?:/(?:wa|hp|fax))?[ \t:.]*\Z"
    # a mobile after the office's fixed line on the same line (``Telp. (0380) 884317 | WA
    # 0813...``, ``Telp. (0380) 852 407. Piket 24 jam: 0811...``); a mobile alone under a
    # heading may be an official's own (``Ketua RT 05`` then ``HP 0812...``)
    r"|(?:telp|telepon|tlp)\.?[ \t:.]*[0-9()+][0-9()+ .\-]{5,20}[ \t]*(?:[|,/;.\u00b7][ \t]*)?"
    r"(?:wa|whatsapp|hp|piket(?:[ \t]+24[ \t]+jam)?)\.?[ \t:.]*\Z)"
)


def letterhead_line(lowered: str, begin: int) -> bool:
    """Whether the number at ``begin`` is an office's line in its heading or its signature: its
    own line gives the office's address or opens with ``Telp.`` up to the number, under a line
    that names the office (`heading_above`); or a mobile's line (``WA``, ``SMS/WA``) under the
    office's fixed line or under a notice's heading of where to complain (`_ASK_HEADING`). An
    area code's bracket or a country code's plus before the digits at ``begin`` belongs to the
    number (``Telp. (0380) 801570``)."""
    while begin and lowered[begin - 1] in "(+":
        begin -= 1
    if not lowered[max(0, begin - 12) : begin].rstrip(" \t:.").endswith(_LINE_END_WORDS):
        return False  # most numbers follow ``hp`` or ``wa``: told without a pattern
    line = lowered.rfind("\n", 0, begin) + 1
    if _HEADING_CONTACT.match(lowered, line, begin) is not None:
        return heading_above(lowered, line)
    # ``Tata Usaha SMPN 14 Kupang`` / ``Telp. 0380 ...`` / ``WA 62 812 ...``: a mobile on its own
    # line under the office's fixed line is the office's too; not under an official's title
    # (``Ketua RT 05`` then ``HP 0812...``: the official's own)
    if not line or _MOBILE_LINE.match(lowered, line, begin) is None:
        return False
    above = lowered.rfind("\n", 0, line - 1) + 1
    heading = _ASK_HEADING.match(lowered, above, line - 1)
    if (
        heading is not None
        and OFFICE_WORDS.search(lowered, above, line - 1) is not None
        and lex.PERSON_BETWEEN.search(lowered, above, line - 1) is None  # ``Pengaduan saya:``
    ):
        return True  # ``INFO PENGADUAN DINAS SOSIAL`` then ``SMS/WA 0811...``
    return (
        _FIXED_LINE.match(lowered, above, line) is not None
        and _OFFICIAL.search(lowered, max(0, above - 120), above) is None
        and heading_above(lowered, above)
    )


#: A line that holds a mobile's word up to the number (``WA 62 812...``, ``HP: 0812...``).
_MOBILE_LINE = re.compile(r"[ \t]*(?:(?:sms|telp)[ \t]*/[ \t]*)?(?:wa|whatsapp|hp)\.?[ \t:.]*\Z")
#: A notice's heading of where to complain or ask, naming the office (``INFO PENGADUAN DINAS
#: SOSIAL KOTA KUPANG``): the lines under it are the office's, a mobile too.
_ASK_HEADING = re.compile(
    r"[ \t]*(?:(?:info|informasi|layanan|pusat[ \t]+layanan)[ \t]+)?"
    r"(?:pengaduan|aduan|keluhan|pertanyaan)(?![a-z])[^\n]{0,60}\Z"
)
#: A line that opens with a fixed line's word (``Telp. 0380 362508``).
_FIXED_LINE = re.compile(r"[ \t]*(?:telp|telepon|tlp)(?![a-z])")
#: An official's title in a heading above (``Ketua RT 05``): a mobile under it is the official's.
_OFFICIAL = re.compile(r"(?<![a-z])(?:ketua|rt|rw|lurah|camat|kepala)(?![a-z])")


#: The words `_HEADING_CONTACT` ends with.
_LINE_END_WORDS = ("telp", "telepon", "tlp", "fax", "faks", "wa", "whatsapp", "hp", "piket", "jam")
#: Of `_LINE_END_WORDS`, those one of which every line `letterhead_line` accepts holds: a text
#: whose words hold none has no such line.
FIXED_LINE_WORDS = frozenset({"telp", "telepon", "tlp", "fax", "faks"})
