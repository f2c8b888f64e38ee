// The report page's only stylesheet. It is hashed into the Content-Security-Policy, so it stays a constant.

export const REPORT_CSS = `
:root{color-scheme:light dark;--fg:#1d1f23;--bg:#fff;--muted:#5c6370;--line:#d8dbe0;--q:#fff1b8;--f:#ffc9c9;
--err:#b3261e;--warn:#9a5b00;--info:#1f5fa8;--omit:#fff4e5;--add:#e8f4ff;--box:#f6f7f9}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#16181c;--muted:#a0a6b0;--line:#3a3f47;--q:#5a4a00;
--f:#6e1d1d;--err:#ff8a80;--warn:#ffc061;--info:#8ab4f8;--omit:#3a2a12;--add:#12283d;--box:#1f2227}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:78rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.meta,.muted{color:var(--muted)}.meta{margin:.2rem 0 .6rem;overflow-wrap:anywhere}
nav a{margin-right:.8rem}a{color:var(--info)}
.totals{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none}
.totals li{border:1px solid var(--line);border-radius:.4rem;padding:.3rem .7rem;background:var(--box)}
.totals b{font-size:1.2rem;margin-right:.3rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.3rem 0 1rem;font-size:.93rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--box)}td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev{font-weight:600;text-transform:uppercase;font-size:.78rem;letter-spacing:.03em}
.sev-error .sev,.sev.error{color:var(--err)}.sev-warning .sev,.sev.warning{color:var(--warn)}.sev-info .sev,.sev.info{color:var(--info)}
.state{font-size:.78rem;border:1px solid var(--line);border-radius:1rem;padding:0 .45rem;margin:0 .3rem}
.state-dismissed{opacity:.7}
.beads{border-top:1px solid var(--line)}
.cols,.bead{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:0 1rem;border-bottom:1px solid var(--line)}
.cols{font-weight:600;padding:.3rem 0;position:sticky;top:0;background:var(--bg);z-index:1}
.side{padding:.35rem 0;overflow-wrap:anywhere}
.side .i{color:var(--muted);font-size:.75rem;margin-right:.35rem;font-variant-numeric:tabular-nums}
.side .none{color:var(--muted);font-style:italic}
.bead.omission .src{background:var(--omit)}
.bead.addition .tgt{background:var(--add)}
.kind{font-size:.72rem;font-weight:600;color:var(--warn);margin-right:.35rem}
mark{background:var(--q);color:inherit;border-radius:2px;padding:0 1px}
mark.f{background:var(--f);outline:1px solid var(--err)}
.flag{margin:.3rem 0 .6rem;padding:.45rem .7rem;border-left:4px solid var(--line);background:var(--box);border-radius:0 .3rem .3rem 0}
.flag.sev-error{border-left-color:var(--err)}.flag.sev-warning{border-left-color:var(--warn)}.flag.sev-info{border-left-color:var(--info)}
.flag p{margin:.15rem 0}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--bg);border:1px solid var(--line);border-radius:3px;padding:0 .25rem;overflow-wrap:anywhere}
del{background:var(--f);text-decoration:line-through}ins{background:var(--add);text-decoration:none;font-weight:600}
details{margin:.8rem 0;border:1px solid var(--line);border-radius:.3rem;padding:.3rem .7rem}
summary{cursor:pointer;color:var(--muted)}
details ul{margin:.3rem 0;padding-left:1.2rem}details li{overflow-wrap:anywhere}
footer{max-width:78rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
@media (max-width:700px){
body{font-size:16px}
.cols{display:none}
.bead{grid-template-columns:minmax(0,1fr);padding:.2rem 0}
.side::before{content:attr(data-label);display:block;font-size:.72rem;color:var(--muted)}
}
`;
