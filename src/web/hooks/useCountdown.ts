import { useCallback, useEffect, useState } from 'react';

/** A visible countdown ("Resend in 59 sec"): start(seconds), then read `remaining` each tick. */
export function useCountdown() {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [remaining, setRemaining] = useState(0);

  useEffect(() => {
    if (deadline === null) return;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) setDeadline(null);
    };
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [deadline]);

  const start = useCallback((seconds: number) => {
    const whole = Math.max(0, Math.ceil(seconds));
    setRemaining(whole);
    setDeadline(whole > 0 ? Date.now() + whole * 1000 : null);
  }, []);

  return { remaining, running: remaining > 0, start };
}
