"use strict";
// Longitude/latitude to a port's metric CRS (transverse Mercator: JGD2011 plane rectangular
// zones, UTM), from the PROJ string the API gives with each port, for the cursor readout.
// Krüger's series to the 6th order (Karney 2011), sub-millimetre within a zone.

function parseProj(proj4) {
  const p = {};
  for (const part of proj4.split(/\s+/)) {
    const m = part.match(/^\+([a-z_0-9]+)(?:=(.*))?$/);
    if (m) p[m[1]] = m[2] === undefined ? true : m[2];
  }
  if (p.proj === "utm") {
    const zone = Number(p.zone);
    return { lat0: 0, lon0: zone * 6 - 183, k0: 0.9996, x0: 500000, y0: p.south ? 10000000 : 0,
             a: 6378137, f: p.ellps === "GRS80" ? 1 / 298.257222101 : 1 / 298.257223563 };
  }
  if (p.proj !== "tmerc") return null;
  const grs80 = !p.ellps || p.ellps === "GRS80";
  return { lat0: Number(p.lat_0 || 0), lon0: Number(p.lon_0 || 0), k0: Number(p.k || p.k_0 || 1),
           x0: Number(p.x_0 || 0), y0: Number(p.y_0 || 0), a: 6378137,
           f: grs80 ? 1 / 298.257222101 : 1 / 298.257223563 };
}

function makeProjector(proj4) {
  const p = parseProj(proj4);
  if (!p) return null;
  const rad = Math.PI / 180;
  const n = p.f / (2 - p.f);
  const A = (p.a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64 + n ** 6 / 256);
  const alpha = [
    n / 2 - (2 / 3) * n ** 2 + (5 / 16) * n ** 3 + (41 / 180) * n ** 4 - (127 / 288) * n ** 5 + (7891 / 37800) * n ** 6,
    (13 / 48) * n ** 2 - (3 / 5) * n ** 3 + (557 / 1440) * n ** 4 + (281 / 630) * n ** 5 - (1983433 / 1935360) * n ** 6,
    (61 / 240) * n ** 3 - (103 / 140) * n ** 4 + (15061 / 26880) * n ** 5 + (167603 / 181440) * n ** 6,
    (49561 / 161280) * n ** 4 - (179 / 168) * n ** 5 + (6601661 / 7257600) * n ** 6,
    (34729 / 80640) * n ** 5 - (3418889 / 1995840) * n ** 6,
    (212378941 / 319334400) * n ** 6,
  ];
  const e = Math.sqrt(p.f * (2 - p.f));
  function footprint(lat, lon) {
    const phi = lat * rad;
    const lam = (lon - p.lon0) * rad;
    const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
    const xi = Math.atan2(t, Math.cos(lam));
    const eta = Math.atanh(Math.sin(lam) / Math.sqrt(1 + t * t));
    let x = xi, y = eta;
    for (let j = 1; j <= 6; j++) {
      x += alpha[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      y += alpha[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    return [A * y, A * x]; // easting-like, northing-like from the central meridian, equator
  }
  const origin = footprint(p.lat0, p.lon0)[1];
  return function project(lon, lat) {
    const [ex, nx] = footprint(lat, lon);
    const easting = p.k0 * ex + p.x0;
    const northing = p.k0 * (nx - origin) + p.y0;
    return { easting, northing };
  };
}
