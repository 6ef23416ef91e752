/** Small pieces several pages share: a tone badge (icon + words, never colour alone) and a Safety Score badge. */
import type { Rubric, Tone } from '../../domain/rubric.ts';
import type { ScoreResult } from '../../scoring/score.ts';
import { scoreWithLabel } from '../../scoring/score-words.ts';
import { formatNumber, type Locale } from '../../i18n/index.ts';
import { levelIn, scoreWithLabelIn } from './words.ts';

export function ToneBadge(props: { rubric: Rubric; tone: Tone; text: string }) {
  const t = props.rubric.tones[props.tone];
  return (
    <span class={`badge tone-${props.tone}`}>
      <span aria-hidden="true" class="icon">
        {t?.icon ?? ''}
      </span>{' '}
      {props.text}
    </span>
  );
}

/** With a `locale`, the score and its label are written in that language ("8,5/10 Ausgezeichnet"). */
export function ScoreBadge(props: { rubric: Rubric; score: ScoreResult; locale?: Locale | undefined }) {
  const text = props.locale && props.locale !== 'en' ? scoreWithLabelIn(props.locale, props.score) : scoreWithLabel(props.score);
  return <ToneBadge rubric={props.rubric} tone={props.score.tone} text={text} />;
}

/** A dimension's level with its icon and sub-score: "● Strong (9.1/10)"; with a `locale`, the English level word is written in it ("● Stark (9,1/10)"). */
export function LevelText(props: { rubric: Rubric; tone: Tone; level: string; score: number | null; locale?: Locale | undefined }) {
  const t = props.rubric.tones[props.tone];
  const local = props.locale && props.locale !== 'en' ? props.locale : undefined;
  return (
    <span class={`level tone-${props.tone}`}>
      <span aria-hidden="true" class="icon">
        {t?.icon ?? ''}
      </span>{' '}
      {local ? levelIn(local, props.level) : props.level}
      {props.score === null || props.tone === 'none' ? null : <span class="muted"> ({local ? formatNumber(local, props.score) : props.score}/10)</span>}
    </span>
  );
}
