package org.bertopic4j.report;

/** The report's inline style sheet: system fonts only, nothing loaded from outside. */
final class PageStyle {
    static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:24px;"
            + "color:#222;background:#fff}"
            + "h1{font-size:24px}nav{position:sticky;top:0;background:#fff;padding:6px 0;font-size:13px;"
            + "border-bottom:1px solid #eee}nav a{margin-right:12px;color:#0072B2}"
            + "h2{font-size:19px;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:32px}"
            + "h3{font-size:16px}small{color:#666;font-weight:normal}.note{color:#666;font-size:13px}"
            + "table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ddd;padding:4px 8px;"
            + "text-align:left;vertical-align:top}thead th{background:#f3f5f7}"
            + "table.info td{max-width:420px;overflow-wrap:anywhere}img.aspect{display:block}"
            + "svg{max-width:100%;height:auto;display:block;margin:8px 0}svg text{font-family:inherit;fill:#222}"
            + "section.topic{border-top:1px solid #eee;padding-top:6px;display:flex;flex-wrap:wrap;gap:24px;"
            + "align-items:flex-start}section.topic h3{flex-basis:100%;margin:6px 0}"
            + ".tile{display:grid;grid-template-columns:repeat(3,128px);grid-auto-rows:128px;gap:4px}"
            + ".tile img{width:128px;height:128px;object-fit:contain;background:#fafafa;border:1px solid #eee}"
            + ".missing{display:flex;align-items:center;justify-content:center;background:#eceff1;color:#607d8b;"
            + "font-size:11px;text-align:center;border:1px dashed #b0bec5}"
            + ".docs{flex:1;min-width:280px}.docs li{white-space:pre-wrap;margin-bottom:6px;font-size:13px}";

    private PageStyle() {
    }
}
