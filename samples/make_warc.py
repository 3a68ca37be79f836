"""Build ``samples/warc/sahel-crawl.warc.gz`` deterministically (run: ``python samples/make_warc.py``).

The archive imitates a small crawl: a warcinfo record, a request/response pair for an agency
article, a second article page, a robots.txt, an image and a 404 page. Only the two article
pages are HTML responses with status 200, so a reader should find exactly two articles.
Dates and record ids are fixed and gzip members carry no timestamp, so re-running the script
gives a byte-identical file. The texts were written for Rasid; they are not copied.
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "warc" / "sahel-crawl.warc.gz"
CRAWL_DATE = "2025-01-20T09:00:00Z"

TASS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Malian officer says Russian Africa Corps equipment strengthens army - TASS</title>
<meta property="og:site_name" content="TASS">
<meta property="og:title" content="Malian officer says Russian Africa Corps equipment strengthens army">
<meta property="article:published_time" content="2025-01-18T10:32:00+03:00">
<link rel="canonical" href="https://tass.com/world/1890412">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article>
<h1>Malian officer says Russian Africa Corps equipment strengthens army</h1>
<p>MOSCOW, January 18. /TASS/. Russian armoured vehicles that arrived in Bamako this week will help Mali's army secure the north of the country, Colonel Moussa Diarra of the Malian Armed Forces said in an interview with the RTVI television channel.</p>
<p>"The T-72B3 tanks and BTR-82A carriers we received are exactly what our units needed. Russia keeps its word, unlike those who left," Diarra said.</p>
<p>According to the officer, a convoy of the Africa Corps reached the Malian capital on January 17, 2025, and included tanks, armoured personnel carriers, artillery and engineering vehicles. He added that Malian crews would train alongside Russian instructors at a base near Bamako.</p>
<p>Diarra stressed that cooperation with Moscow was "a sovereign choice of the Malian people." The Russian Defense Ministry has not commented on the delivery.</p>
</article>
<footer>TASS Russian News Agency</footer>
</body>
</html>
"""

ANALYSIS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>How Russian state media tells the Sahel story | Sahel Watch</title>
<meta property="og:site_name" content="Sahel Watch">
<link rel="canonical" href="https://sahelwatch.example/analysis/russian-state-media-sahel">
</head>
<body>
<div class="nav"><a href="/">Sahel Watch</a> | <a href="/analysis">Analysis</a></div>
<article>
<h1>How Russian state media tells the Sahel story</h1>
<p class="meta">By Daniel Okafor, <time itemprop="datePublished" datetime="2025-01-20">20 January 2025</time></p>
<p>When a Russian convoy rolled through Bamako on 17 January, the first reports in Arabic and French did not come from Malian outlets. They came from translations of a TASS dispatch, published within hours by small news sites across North and West Africa.</p>
<p>"The pattern is consistent: an agency story in Russian or English, an Arabic translation that credits it, and then copies that quietly drop the credit," said Fatoumata Cisse, a researcher who studies media in Mali.</p>
<p>RT Arabic and Sputnik Afrique amplify the same themes: Russia as a reliable partner, France as a departing colonial power, and Western sanctions as the cause of regional hardship. Wagner was rarely named; since 2024 the reports speak of the Africa Corps instead.</p>
<p>Tracing these chains matters for fact-checkers, Cisse added, because a quote that appears in ten outlets may still have a single origin.</p>
</article>
<div class="related">Related: <a href="/analysis/ecowas">ECOWAS after the exit</a></div>
</body>
</html>
"""

NOT_FOUND_PAGE = "<!DOCTYPE html><html><body><h1>404</h1><p>Page not found.</p></body></html>"
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _record_id(n: int) -> str:
    return f"<urn:uuid:{uuid.UUID(int=0x5A4E1D0000000000000000000000 + n)}>"


def build() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    counter = 0

    def warc_headers() -> dict[str, str]:
        nonlocal counter
        counter += 1
        return {"WARC-Date": CRAWL_DATE, "WARC-Record-ID": _record_id(counter)}

    info = writer.create_warcinfo_record(
        "sahel-crawl.warc.gz", {"software": "rasid samples/make_warc.py", "description": "Rasid sample crawl"}
    )
    info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    info.rec_headers.replace_header("WARC-Record-ID", _record_id(0))
    writer.write_record(info)

    def response(url: str, status: str, content_type: str, body: bytes) -> None:
        http = StatusAndHeaders(
            status, [("Content-Type", content_type), ("Content-Length", str(len(body)))], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=warc_headers()
        )
        writer.write_record(record)

    def request(url: str) -> None:
        path = "/" + url.split("/", 3)[3]
        http = StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", url.split("/")[2])], is_http_request=True)
        record = writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=http, warc_headers_dict=warc_headers()
        )
        writer.write_record(record)

    request("https://tass.com/world/1890412")
    response("https://tass.com/world/1890412", "200 OK", "text/html; charset=utf-8", TASS_PAGE.encode())
    response("https://tass.com/robots.txt", "200 OK", "text/plain", b"User-agent: *\nDisallow:\n")
    response("https://sahelwatch.example/static/pixel.png", "200 OK", "image/png", PNG_1X1)
    response(
        "https://sahelwatch.example/analysis/russian-state-media-sahel",
        "200 OK",
        "text/html; charset=utf-8",
        ANALYSIS_PAGE.encode(),
    )
    response("https://sahelwatch.example/missing", "404 Not Found", "text/html", NOT_FOUND_PAGE.encode())
    return buffer.getvalue()


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
