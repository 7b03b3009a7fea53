import { api, t, start, formatDay, formatTime, esc, say } from '/assets/app.js';

const query = new URLSearchParams(location.search);
const [rosterId, teamId, date] = ['roster', 'team', 'date'].map(k => query.get(k));

const legText = leg => `${(leg.meters / 1000).toFixed(1)} ${t('km')} · ${leg.minutes} ${t('minutes')}`;

/** The center, numbered stops in route order and the legs between them; tiles only when configured. */
function draw(route) {
  const L = window.L;
  const map = L.map('map', { zoomSnap: 0.25 });
  if (route.tileUrl) {
    L.tileLayer(route.tileUrl, { attribution: route.tileAttribution || '', maxZoom: 18 }).addTo(map);
  } else {
    say(t('offline'));
  }
  const center = [route.center.latitude, route.center.longitude];
  L.marker(center, { title: route.center.name, alt: route.center.name, keyboard: true,
    icon: L.divIcon({ className: 'center-marker', html: t('centerShort'), iconSize: [48, 22] }) }).addTo(map);
  const points = [center, ...route.stops.map(s => [s.latitude, s.longitude])];
  route.stops.forEach(s => {
    const label = `${s.position + 1}. ${formatTime(s.plannedStart)} ${s.elderName}`;
    L.marker([s.latitude, s.longitude], { title: label, alt: label, keyboard: true,
      icon: L.divIcon({ className: `stop-marker${s.kind === 'HOME_HOSPITAL_BED' ? ' bed' : ''}`, html: String(s.position + 1), iconSize: [24, 24] }) })
      .bindPopup(`<strong>${esc(label)}</strong><br>${esc(s.address)}`).addTo(map);
  });
  const at = position => position === null ? center : [route.stops[position].latitude, route.stops[position].longitude];
  route.legs.forEach(leg => L.polyline([at(leg.from), at(leg.to)], { color: leg.to === null ? '#4a5560' : '#0b5cad',
    weight: 3, dashArray: leg.to === null ? '6 6' : null, className: 'leg' }).bindTooltip(legText(leg)).addTo(map));
  map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 16 });
}

function list(route) {
  const legTo = new Map(route.legs.map(l => [l.to, l]));
  document.getElementById('stops').innerHTML = route.stops.length
    ? route.stops.map(s => `<li data-visit="${s.visitId}"><strong>${formatTime(s.plannedStart)} ${esc(s.elderName)}</strong>${
      s.kind === 'HOME_HOSPITAL_BED' ? ` <span class="tag bed">${t('homeBed')}</span>` : ''}${s.pinned ? ' <span class="mark pin">⚑</span>' : ''}
      <br><span class="muted">${esc(s.address)} · ${s.durationMinutes} ${t('minutes')} · ${t('travel')} ${legText(legTo.get(s.position))}</span></li>`).join('')
    : `<li>${t('noRoute')}</li>`;
  const meters = route.legs.reduce((sum, l) => sum + l.meters, 0);
  const minutes = route.legs.reduce((sum, l) => sum + l.minutes, 0);
  document.getElementById('totals').textContent = `${route.stops.length} ${t('stops')} · ${t('travel')} ${(meters / 1000).toFixed(1)} ${t('km')}, ${minutes} ${t('minutes')}`;
}

start().then(async () => {
  const route = await api('GET', `/api/rosters/${rosterId}/route?teamId=${teamId}&date=${date}`);
  document.getElementById('title').textContent = `${route.teamName} · ${formatDay(route.date)}`;
  document.getElementById('back').href = `/dispatcher/?month=${route.date.substring(0, 7)}`;
  list(route);
  draw(route);
}).catch(e => say(e.message, true));
