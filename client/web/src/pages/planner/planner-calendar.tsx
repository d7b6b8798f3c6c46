import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import { useNavigate } from 'react-router';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { recordPath } from '../../lib/routes';
import type { AgendaEntry } from './agenda-model';
import { addDays, type PlannerView, wallTime } from './planner-params';

/**
 * The month or week calendar (FullCalendar, loaded on demand). Times arrive as instants and are
 * placed by their wall-clock time in the chosen zone (the calendar itself runs in UTC so it never
 * shifts them again); whole-day and approximate entries keep their days. Approximate entries
 * (known only to the month or year) span every day they may mean and are drawn dashed.
 */
export default function PlannerCalendar({ view, date, timeZone, items }: { view: Exclude<PlannerView, 'agenda'>; date: string; timeZone: string; items: AgendaEntry[] }) {
  const navigate = useNavigate();
  const events = items.map((item) => {
    const timed = !item.allDay && item.startsAt && !item.approximate;
    return {
      id: item.key,
      title: item.approximate ? `${item.title} (date approximate)` : item.title,
      start: timed ? wallTime(item.startsAt as string, timeZone) : item.startDate,
      end: timed ? (item.endsAt ? wallTime(item.endsAt, timeZone) : undefined) : addDays(item.endDate, 1),
      allDay: !timed,
      url: recordPath(item.record.__typename, item.record.id) ?? undefined,
      className: [`kind-${item.kind.toLowerCase()}`, item.approximate ? 'approximate' : '', item.status === 'CANCELLED' ? 'cancelled' : '']
        .filter(Boolean)
        .join(' '),
    };
  });
  return (
    <div className="planner-calendar" data-testid="planner-calendar">
      <FullCalendar
        key={`${view}:${date}`}
        plugins={[dayGridPlugin, timeGridPlugin, classicThemePlugin]}
        initialView={view === 'week' ? 'timeGridWeek' : 'dayGridMonth'}
        initialDate={date}
        timeZone="UTC"
        firstDay={1}
        headerToolbar={false}
        height="auto"
        dayMaxEvents={4}
        events={events}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventClick={(info) => {
          if (!info.event.url) return;
          info.jsEvent.preventDefault();
          navigate(info.event.url);
        }}
      />
    </div>
  );
}
