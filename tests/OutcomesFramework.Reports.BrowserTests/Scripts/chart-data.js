// Reads every chart back from its drawing and compares it with its data table: a marker's position, decoded
// through the chart's own axis (tick labels for time series, the bar's ends for spines), must give the number in
// the table, to within a tenth of a unit of drawing plus the table's rounding. Returns a list of problems.
(() => {
  const problems = [];
  let checked = 0;
  const num = t => { const s = (t || '').trim().replace('\u2212', '-'); return /^-?\d+(\.\d+)?$/.test(s) ? parseFloat(s) : null; };
  const half = t => { const m = (t || '').trim().match(/\.(\d+)$/); return m ? 0.5 * Math.pow(10, -m[1].length) : 0.5; };
  // A time-series marker is a <use> of a shared shape placed at (x, y); the spine's marker is a path translated to its place.
  const at = el => [parseFloat(el.getAttribute('x')), parseFloat(el.getAttribute('y'))];
  const translate = el => { const m = el.getAttribute('transform').match(/translate\(([-\d.]+),([-\d.]+)\)/); return [parseFloat(m[1]), parseFloat(m[2])]; };
  const tableOf = svg => document.getElementById(svg.getAttribute('aria-labelledby').split(' ')[0].replace(/-t$/, '-table'));
  for (const svg of document.querySelectorAll('svg.chart')) {
    const table = tableOf(svg);
    if (!table) { problems.push('no table for ' + svg.getAttribute('aria-labelledby')); continue; }
    const ticks = [...svg.querySelectorAll('g.axes g text')].filter(t => t.getAttribute('dy') === '4').map(t => [num(t.textContent), parseFloat(t.getAttribute('y'))]).filter(p => p[0] !== null);
    if (ticks.length < 2) { problems.push('no axis on ' + table.id); continue; }
    const [v0, y0] = ticks[0], [v1, y1] = ticks[ticks.length - 1];
    const perUnit = (y1 - y0) / (v1 - v0);
    const decode = y => v0 + (y - y0) / perUnit;
    const rows = [...table.tBodies[0].rows];
    const headers = [...table.tHead.rows[0].cells].map(c => c.textContent.trim());
    const series = svg.classList.contains('spc')
      ? [{ points: [...svg.querySelectorAll(':scope > use')].map(at), column: 1 }]
      // A trend series' points are its lines' vertices (marked by the stylesheet) and any value alone between gaps (a <use>), in period order.
      : [...svg.querySelectorAll('g[data-series]')].map(g => ({ points: [...g.querySelectorAll(':scope > polyline, :scope > use')].flatMap(e => e.tagName === 'use' ? [at(e)] : e.getAttribute('points').trim().split(/\s+/).map(p => p.split(',').map(parseFloat))).sort((a, b) => a[0] - b[0]), column: headers.indexOf(g.getAttribute('data-series')) }));
    // The stylesheet must really mark the lines' vertices: a line without its marker would draw numbers no one can see.
    for (const line of svg.querySelectorAll('g[data-series] > polyline')) {
      if (getComputedStyle(line).markerMid === 'none' || getComputedStyle(line).markerStart === 'none') problems.push(table.id + ': a line without markers');
    }
    for (const s of series) {
      if (s.column < 1) { problems.push(table.id + ': a series has no column'); continue; }
      const cells = rows.map(r => r.cells[s.column].textContent).filter(t => num(t) !== null);
      if (cells.length !== s.points.length) { problems.push(table.id + ' column ' + headers[s.column] + ': ' + s.points.length + ' markers, ' + cells.length + ' numbers'); continue; }
      s.points.forEach((m, i) => {
        const value = decode(m[1]);
        const tolerance = 0.1 / Math.abs(perUnit) + half(cells[i]) + 1e-9;
        if (Math.abs(value - num(cells[i])) > tolerance) problems.push(table.id + ' ' + headers[s.column] + ' row ' + i + ': drawn ' + value + ', table ' + cells[i]);
        checked++;
      });
    }
  }
  for (const svg of document.querySelectorAll('svg.spine')) {
    const table = tableOf(svg);
    if (!table) { problems.push('no table for spine ' + svg.getAttribute('aria-labelledby')); continue; }
    const rows = Object.fromEntries([...table.tBodies[0].rows].map(r => [r.cells[0].textContent.trim(), r.cells[1].textContent.trim()]));
    const first = table.tBodies[0].rows[0].cells[1].textContent.trim().split(' ')[0];
    const worst = num(rows['Worst council'] ?? rows['Lowest council']);
    const best = num(rows['Best council'] ?? rows['Highest council']);
    const range = svg.querySelector('rect.range');
    const x0 = parseFloat(range.getAttribute('x')), x1 = x0 + parseFloat(range.getAttribute('width'));
    if (worst === best) { checked++; continue; }
    const decode = x => worst + (x - x0) / (x1 - x0) * (best - worst);
    const perUnit = (x1 - x0) / (best - worst);
    const marker = svg.querySelector('path[class^="sig-"]');
    const council = num(first);
    if ((marker === null) !== (council === null)) { problems.push(table.id + ': marker ' + (marker !== null) + ', value ' + first); continue; }
    const check = (label, drawn, text) => {
      const tolerance = 0.1 / Math.abs(perUnit) + half(text) * 2 + 1e-9;
      if (Math.abs(drawn - num(text)) > tolerance) problems.push(table.id + ' ' + label + ': drawn ' + drawn + ', table ' + text);
      checked++;
    };
    if (marker) check('council', decode(translate(marker)[0]), first);
    const centre = svg.querySelector('line.centre');
    if (num(rows['England']) !== null) check('England', decode(parseFloat(centre.getAttribute('x1'))), rows['England']);
    const nbr = svg.querySelector('circle.nbr');
    if (nbr) check('neighbours', decode(parseFloat(nbr.getAttribute('cx'))), rows['Statistical neighbours']);
  }
  return JSON.stringify({ checked, problems });
})()
