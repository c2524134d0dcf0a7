"""Redact a WhatsApp complaint: tags for the public, masks for the unit, a pseudonym to link."""

from pengaduan.redaction import KnownIdentity, Mask, Pseudonym, Redactor

complaint = (
    "Selamat siang, sy Yohanes Benu (NIK 5371041203900001) warga Jl. Timor Raya No. 12, "
    "RT 003/RW 005, Kel. Oesapa. Sudah 3x ke kantor lurah, Pak Marthen Nope tidak ada. "
    "Bayar Rp 150.000 tanpa kwitansi. Hubungi sy di wa.me/6281234567890 atau "
    "yohanes.benu@gmail.com. Hotline 082237870000 tidak diangkat."
)
reporter = KnownIdentity(names=["Yohanes Benu"], phones=["0812-3456-7890"])

public = Redactor.default(allowed_phones=["082237870000"])
print("public view:\n ", public.redact(complaint, known=reporter).text)

unit = Redactor.default(
    operators={"phone": Mask(), "nik": Mask()},
    allowed_phones=["082237870000"],
)
print("unit view:\n ", unit.redact(complaint, known=reporter).text)

linking = Redactor.default(
    fallback=Pseudonym(secret=b"example-secret-of-32-bytes-long!"),
    allowed_phones=["082237870000"],
)
result = linking.redact(complaint, known=reporter)
print("linkable view:\n ", result.text)
print("audit:", result.counts())
for span in result.spans:
    print(f"  {span.kind:8} {span.start:4}-{span.end:<4} by {span.detector}")
