"""Redaction speed and accuracy: pengaduan vs Presidio with equivalent Indonesian recognizers.

Both run in this one process over the same texts, side by side in one run; speed is CPU time of
the process (``time.process_time``), so other load on the machine does not skew the ratio:

- *complaints*: each labelled corpus text inside a complaint of ordinary prose (about 1 KB each,
  the usual shape of a LAPOR!/WhatsApp complaint);
- *dense*: the labelled corpus alone (personal data in almost every line: a worst case);
- *PII-dense complaints*: complaints of about 1 KB made only of the labelled texts that hold
  personal data, from the three development corpora (identity blocks, phones, NIKs, names,
  addresses: about four identifiers per 200 characters, as in real complaints with an identity
  block), no filler prose.

Presidio is configured the way an app would without this library: ``PatternRecognizer``s for the
same kinds (NIK, KK, NPWP, phone, email, BPJS, bank account, plate, name after honorifics,
address) with Indonesian context words, and no NLP model. Two NLP set-ups are measured:
``NoOpNlpEngine`` (fastest; context words in the text cannot raise scores) and
``SlimSpacyNlpEngine`` with a blank Indonesian tokenizer (``spacy.blank("id")``, nothing
downloaded) whose lower-cased tokens stand in for lemmas, so context words work. Recall and
precision of each are computed on the labelled corpus with :mod:`pengaduan.redaction.evaluation`.

Each set is timed twice over the same texts and the faster pass is kept. That is fair only while
neither engine remembers values between calls: the redactor keeps no cache of the numbers or
words it read (a test checks that no cache of its modules grows during a pass), so the second
pass costs what text with new numbers costs.

Run: ``python benchmarks/bench_redaction.py`` (needs the ``bench`` extra).
"""

from __future__ import annotations

import logging
import random
import time
from pathlib import Path

from pengaduan.redaction import Redactor
from pengaduan.redaction.evaluation import LabelledSpan, evaluate, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "redaction_corpus.jsonl"
DEV = [ROOT / "tests" / "data" / name for name in ("redaction_dev.jsonl", "redaction_dev2.jsonl")]
#: Every frozen blind corpus (written from the annotation guide alone, never tuned on).
BLIND = sorted(
    (ROOT / "tests" / "data" / "blind").glob("redaction_blind_v*.jsonl"),
    key=lambda path: int(path.stem.rsplit("_v", 1)[1]),
)
HOTLINE = "082237870000"
PROSE = [
    "Selamat siang admin, sy mau sampaikan keluhan soal pelayanan di kantor kelurahan.",
    "Sudah tiga kali sy datang tapi selalu disuruh kembali besok dengan alasan pejabatnya rapat.",
    "Antrian panjang sekali dan tidak ada kursi, orang tua dan ibu hamil harus berdiri lama.",
    "Petugas di loket kurang ramah dan sering main hp waktu jam kerja, tolong ditegur.",
    "Air PDAM di lingkungan kami sudah mati hampir seminggu, warga terpaksa beli air tangki.",
    "Jalan menuju sekolah rusak berat, kalau hujan becek dan anak-anak sering jatuh.",
    "Lampu jalan di dekat pasar mati sudah lama sehingga rawan pencurian malam hari.",
    "Sampah menumpuk di pinggir jalan karena truk tidak datang sesuai jadwal.",
    "Mohon pemerintah kota segera menindaklanjuti laporan ini sesuai janji di media sosial.",
    "Kami sebagai warga hanya ingin pelayanan yang cepat, jelas dan tanpa pungutan liar.",
    "Informasi persyaratan di papan pengumuman berbeda dengan yang disampaikan petugas.",
    "Obat di puskesmas sering kosong sehingga pasien harus beli sendiri di apotek luar.",
]


def complaints(texts: list[str], rng: random.Random) -> list[str]:
    out = []
    for text in texts:
        before = " ".join(rng.sample(PROSE, 4))
        after = " ".join(rng.sample(PROSE, 4))
        out.append(f"{before}\n{text}\n{after}")
    return out


def dense_complaints(rng: random.Random) -> tuple[list[str], float]:
    """About 1 KB complaints made of labelled texts with personal data, and identifiers per 200
    characters in them."""
    items = [item for path in (CORPUS, *DEV) for item in load_corpus(path) if item.spans]
    spans = sum(len(item.spans) for item in items)
    chars = sum(len(item.text) + 1 for item in items)
    out = []
    for _ in range(300):
        parts: list[str] = []
        size = 0
        while size < 1000:
            text = rng.choice(items).text
            parts.append(text)
            size += len(text) + 1
        out.append("\n".join(parts))
    return out, spans / chars * 200


def presidio_engine(nlp: str) -> object:
    # Imported here so the script still reports our side when presidio is missing.
    from presidio_analyzer import (  # noqa: PLC0415
        AnalyzerEngine,
        Pattern,
        PatternRecognizer,
        RecognizerRegistry,
    )
    from presidio_analyzer.nlp_engine import (  # noqa: PLC0415
        NlpArtifacts,
        NoOpNlpEngine,
        SlimSpacyNlpEngine,
    )

    def rec(entity: str, regex: str, score: float, context: list[str] | None = None) -> object:
        return PatternRecognizer(
            supported_entity=entity,
            supported_language="id",
            patterns=[Pattern(name=entity.lower(), regex=regex, score=score)],
            context=context,
        )

    sep = r"[ .\-]?"
    recognizers = [
        rec(
            "nik",
            r"\b\d{4}" + sep + r"\d{4}" + sep + r"\d{4}" + sep + r"\d{4}\b",
            0.5,
            ["nik", "ktp"],
        ),
        rec("kk", r"\b\d{16}\b", 0.1, ["kk", "keluarga"]),
        rec("npwp", r"\b\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}\b", 0.8, ["npwp"]),
        rec("npwp", r"\b0\d{15}\b", 0.1, ["npwp"]),
        rec(
            "phone",
            r"(?:\+62|\b62|\b0)[ \-]?(?:\(?\d{2,4}\)?)[ .\-]?\d{3,4}[ .\-]?\d{3,5}\b",
            0.6,
            ["hp", "wa", "telp", "hubungi"],
        ),
        rec("email", r"\b[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+\b", 0.9),
        rec("bpjs", r"\b\d{13}\b", 0.1, ["bpjs", "kis", "jkn"]),
        rec("bank_account", r"\b\d{10,15}\b", 0.1, ["rek", "rekening", "bri", "bni", "bank"]),
        rec("plate", r"\b(?:DH|EB|ED|B|L|DK|AB|D|F)\s?\d{1,4}\s?[A-Z]{1,3}\b", 0.6),
        rec(
            "name",
            r"(?i:nama saya|a\.n\.?|atas nama|bapak|ibu|pak|bu|sdr\.?|dr\.|bernama)\s"
            r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}",
            0.6,
        ),
        rec(
            "address",
            r"(?i:jl\.?|jalan|gg\.?)\s[\w. ]{2,40}?\s(?i:no\.?)\s?\d{1,4}"
            r"|(?i:rt)[ .]?\d{1,3}\s?/?\s?(?i:rw)[ .]?\d{1,3}",
            0.6,
        ),
    ]
    registry = RecognizerRegistry(supported_languages=["id"])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)

    class BlankTokenizerNlpEngine(SlimSpacyNlpEngine):  # type: ignore[misc]
        """spaCy's blank Indonesian tokenizer; lower-cased tokens stand in for lemmas."""

        def _doc_to_nlp_artifact(self, doc: object, language: str) -> NlpArtifacts:
            return NlpArtifacts(
                entities=[],
                tokens=doc,
                tokens_indices=[token.idx for token in doc],  # type: ignore[attr-defined]
                lemmas=[token.lower_ for token in doc],  # type: ignore[attr-defined]
                nlp_engine=self,
                language=language,
                scores=[],
            )

    if nlp == "noop":
        engine = NoOpNlpEngine(models=[{"lang_code": "id", "model_name": "none"}])
    else:
        engine = BlankTokenizerNlpEngine(supported_languages=["id"], generic_tokenizer="blank")
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["id"])


def presidio_spans(engine: object, text: str) -> list[LabelledSpan]:
    results = engine.analyze(text=text, language="id", score_threshold=0.4)  # type: ignore[attr-defined]
    results = sorted(results, key=lambda r: (-(r.end - r.start), -r.score))
    taken: list[tuple[int, int]] = []
    spans = []
    for r in results:
        if any(r.start < b and a < r.end for a, b in taken):
            continue
        taken.append((r.start, r.end))
        spans.append(LabelledSpan(kind=r.entity_type, start=r.start, end=r.end))
    return spans


def throughput(run: object, texts: list[str], repeat: int) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) * repeat
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        for _ in range(repeat):
            for text in texts:
                run(text)  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return size / best / 1e6


def detector_shares(redactor: Redactor, texts: list[str]) -> None:
    """Where the time goes on ``texts``: redactors with the first k detectors (without the
    learned phone model), each detector's share being the difference (detectors read the
    findings of earlier ones, so they are timed in their order), then the whole redactor: the
    last difference is the learned second opinion on whose phone it is."""
    detectors = redactor.detectors
    costs = []
    partials = [
        Redactor(detectors=detectors[:count], learned_phone_owner=False)
        for count in range(len(detectors) + 1)
    ]
    for partial in [*partials, redactor]:  # the learned model last: the whole redactor
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for text in texts:
                partial.find(text)
            best = min(best, time.process_time() - start)
        costs.append(best)
    total = costs[-1]
    per_kb = 1e6 / (sum(len(t.encode("utf-8")) for t in texts) / 1000)  # s -> us per KB
    print("\nCPU time per detector on PII-dense (in running order): share, microseconds per KB")
    print(f"{'folding, context, overlap rule':32}{costs[0] / total:7.0%}{costs[0] * per_kb:9.1f}")
    names = [*(detector.name for detector in detectors), "learned phone owner"]
    for number, name in enumerate(names):
        cost = max(costs[number + 1] - costs[number], 0.0)
        print(f"{name:32}{cost / total:7.0%}{cost * per_kb:9.1f}")
    print(f"{'total':32}{1:7.0%}{total * per_kb:9.1f}")


def accuracy_table(title: str, rows: list[tuple[str, object]], corpus: list[object]) -> None:
    print(f"\n{title} (recall / precision per kind)")
    scores = {name: evaluate(run, corpus) for name, run in rows}  # type: ignore[arg-type]
    kinds = sorted({k for s in scores.values() for k in s})
    header = "".join(f"{name:>28}" for name, _ in rows)
    print(f"{'kind':14}{header}")
    for kind in [*kinds, "overall"]:
        cells = ""
        for name, _ in rows:
            if kind == "overall":
                values = scores[name].values()
                labelled = sum(v.labelled for v in values)
                predicted = sum(v.predicted for v in values)
                recall = sum(v.recalled for v in values) / max(labelled, 1)
                precision = sum(v.correct for v in values) / max(predicted, 1)
                cell = f"{recall:.3f} / {precision:.3f}"
            else:
                score = scores[name].get(kind)
                cell = f"{score.recall:.3f} / {score.precision:.3f}" if score else "-"
            cells += f"{cell:>28}"
        print(f"{kind:14}{cells}")


def main() -> None:
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    corpus = load_corpus(CORPUS)
    texts = [item.text for item in corpus]
    long_texts = complaints(texts, random.Random(7))
    dense, per_200 = dense_complaints(random.Random(11))
    redactor = Redactor.default(allowed_phones=[HOTLINE])

    def ours(text: str) -> list[LabelledSpan]:
        return [LabelledSpan(kind=f.kind, start=f.start, end=f.end) for f in redactor.find(text)]

    rows = [("pengaduan", ours)]
    try:
        for nlp in ("noop", "blank-tokenizer"):
            engine = presidio_engine(nlp)
            rows.append((f"presidio ({nlp})", lambda t, e=engine: presidio_spans(e, t)))
    except ImportError:
        print("presidio-analyzer is not installed: pip install --group bench")

    print(
        f"{len(texts)} labelled texts; complaints: {sum(map(len, long_texts)) / 1e6:.2f} MB; "
        f"PII-dense complaints: {sum(map(len, dense)) / 1e6:.2f} MB, "
        f"{per_200:.1f} identifiers per 200 characters"
    )
    sets = {"complaints": (long_texts, 3), "dense lines": (texts, 3), "PII-dense": (dense, 2)}
    speeds: dict[str, dict[str, float]] = {}
    for name, run in rows:
        speeds[name] = {label: throughput(run, t, n) for label, (t, n) in sets.items()}
    print(f"\n{'engine (MB/s)':28}" + "".join(f"{label:>14}" for label in sets))
    for name, by_set in speeds.items():
        print(f"{name:28}" + "".join(f"{by_set[label]:14.2f}" for label in sets))
    base = speeds["pengaduan"]
    for name, by_set in speeds.items():
        if name != "pengaduan":
            ratios = ", ".join(f"{base[label] / by_set[label]:.1f}x on {label}" for label in sets)
            print(f"pengaduan vs {name}: {ratios}")

    detector_shares(redactor, dense)
    accuracy_table("accuracy on the labelled corpus", rows, corpus)
    blind = [item for path in BLIND for item in load_corpus(path)]
    accuracy_table(
        f"accuracy on the {len(BLIND)} frozen blind corpora together ({len(blind)} texts)",
        rows,
        blind,
    )


if __name__ == "__main__":
    main()
