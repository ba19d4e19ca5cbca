namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>
/// The one stylesheet of report pages, inlined so a saved page is a single file. Screen: a calm
/// A4-wide column; on a phone the full width, with tables shown row by row as labelled lists.
/// Print: A4 margins, no buttons, no breaks inside a table row or advice item, and nothing that
/// needs colour to be understood.
/// </summary>
internal static class ReportStylesheet
{
    public const string Css = """
        :root { --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b5a6b; --soft: #f3f6f7; }
        * { box-sizing: border-box; }
        html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; color: var(--ink); line-height: 1.45; overflow-wrap: break-word; }
        body { margin: 0; background: #e9ecee; }
        main { max-width: 210mm; margin: 12px auto; padding: 16mm 16mm 18mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
        h1 { font-size: 20pt; margin: 0 0 2mm; line-height: 1.2; }
        h2 { font-size: 13.5pt; margin: 8mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 1.5pt solid var(--ink); break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
        h4 { font-size: 10.5pt; margin: 0 0 1mm; }
        p { margin: 0 0 2mm; }
        .eyebrow { text-transform: uppercase; letter-spacing: .06em; font-size: 8.5pt; color: var(--accent); font-weight: 600; margin: 0 0 1mm; }
        .meta { color: var(--muted); font-size: 9.5pt; }
        .actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 0 0 6mm; }
        .actions a, .actions button { font: inherit; font-size: 9.5pt; padding: 5px 10px; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); text-decoration: none; cursor: pointer; }
        .actions button.primary { background: var(--accent); color: #fff; }
        .typering { border: 1.5pt solid var(--ink); border-left-width: 5pt; padding: 3mm 4mm; margin: 3mm 0; break-inside: avoid; }
        .typering .phase { font-size: 14pt; font-weight: 700; margin: 0 0 1mm; }
        dl.profile { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0; }
        dl.profile dt { font-weight: 600; }
        dl.profile dd { margin: 0; }
        figure { margin: 2mm 0; break-inside: avoid; }
        figure svg { width: 100%; max-width: 165mm; height: auto; display: block; margin: 0 auto; }
        figcaption { font-size: 9pt; color: var(--muted); text-align: center; }
        table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 2mm 0 3mm; table-layout: fixed; }
        table.wide { font-size: 8.5pt; }
        table.wide th { font-size: 7.5pt; overflow-wrap: normal; hyphens: manual; }
        table.wide col.name { width: 24%; }
        table.matrix col.name { width: 30%; }
        col.flag { width: 14%; }
        col.nr { width: 10mm; }
        col.name { width: 21%; }
        col.phase { width: 14%; }
        col.descriptor { width: 24%; }
        col.ambition { width: 12%; }
        thead { display: table-header-group; }
        th, td { text-align: left; vertical-align: top; padding: 1.6mm 1.6mm; border-bottom: .6pt solid var(--line); overflow-wrap: break-word; hyphens: auto; }
        th { border-bottom: 1.2pt solid var(--ink); font-weight: 600; }
        tr { break-inside: avoid; }
        td.num, th.num { text-align: center; }
        td small { color: var(--muted); }
        .flag { font-weight: 700; }
        .flag::before { content: "⚑ "; }
        .remark { font-style: italic; }
        .step { break-inside: auto; }
        .advice { border: .8pt solid var(--line); border-left: 3pt solid var(--ink); padding: 2.5mm 3.5mm; margin: 0 0 3mm; break-inside: avoid; background: var(--soft); }
        .advice ul { margin: 1mm 0 1.5mm; padding-left: 5mm; }
        .advice .facts { font-size: 9.5pt; }
        .why { font-size: 8.5pt; color: var(--muted); margin-top: 1mm; overflow-wrap: anywhere; }
        .why ul { margin: .5mm 0 0; padding-left: 4.5mm; }
        .empty { color: var(--muted); font-style: italic; }
        .trace-list { font-size: 8.5pt; color: var(--muted); overflow-wrap: anywhere; }
        .trace-list dt { font-weight: 600; color: var(--ink); margin-top: 1.5mm; }
        .trace-list dd { margin: 0 0 0 4mm; }
        footer { margin-top: 8mm; padding-top: 2mm; border-top: .6pt solid var(--line); font-size: 8.5pt; color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .actions a, .actions button { min-height: 44px; display: inline-flex; align-items: center; }
        @media screen and (max-width: 640px) {
          html { font-size: 11pt; }
          main { max-width: none; margin: 0; padding: 16px 14px 24px; box-shadow: none; }
          h1 { font-size: 18pt; }
          dl.profile { grid-template-columns: 1fr; gap: 0; }
          dl.profile dd { margin-bottom: 2mm; }
          /* A table becomes one block per row: the first cells as its heading, the others labelled by data-label. */
          table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; width: auto; }
          table.reflow colgroup { display: none; }
          table.reflow thead { display: none; }
          table.reflow tr { padding: 2.5mm 0; border-bottom: .6pt solid var(--line); }
          table.reflow td { border: 0; padding: .3mm 0; text-align: left; hyphens: manual; }
          table.reflow td.nr { display: inline; font-weight: 600; }
          table.reflow td.nr::after { content: ". "; }
          table.reflow td.name { display: inline; font-weight: 600; }
          table.reflow td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
          table.reflow td[data-label] br { display: none; }
          table.reflow td[data-label] small::before { content: " · "; }
          table.reflow td:empty { display: none; }
          table.reflow td.num { display: inline-block; margin-right: 4mm; }
          table.reflow td.remark { display: block; }
        }
        @page { size: A4; margin: 15mm 14mm 16mm; }
        @media print {
          body { background: #fff; }
          main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          .actions, .no-print { display: none !important; }
          a { color: inherit; text-decoration: none; }
          .advice { background: none; }
          h2 { break-after: avoid-page; }
          .page-break { break-before: page; }
        }
        """;
}
