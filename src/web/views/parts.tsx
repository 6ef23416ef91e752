/** Small pieces several pages share: a tone badge (icon + words, never colour alone) and a Safety Score badge. */
import type { Rubric, Tone } from '../../domain/rubric.ts';
import type { ScoreResult } from '../../scoring/score.ts';
import { scoreWithLabel } from '../../scoring/score-words.ts';

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

export function ScoreBadge(props: { rubric: Rubric; score: ScoreResult }) {
  return <ToneBadge rubric={props.rubric} tone={props.score.tone} text={scoreWithLabel(props.score)} />;
}

/** A dimension's level with its icon and sub-score: "● Strong (9.1/10)". */
export function LevelText(props: { rubric: Rubric; tone: Tone; level: string; score: number | null }) {
  const t = props.rubric.tones[props.tone];
  return (
    <span class={`level tone-${props.tone}`}>
      <span aria-hidden="true" class="icon">
        {t?.icon ?? ''}
      </span>{' '}
      {props.level}
      {props.score === null || props.tone === 'none' ? null : <span class="muted"> ({props.score}/10)</span>}
    </span>
  );
}
