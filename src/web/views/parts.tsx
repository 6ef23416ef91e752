/** Small pieces several pages share: a tone badge (icon + words, never colour alone) and a Safety Score badge. */
import type { Rubric, Tone } from '../../domain/rubric.ts';
import type { ScoreResult } from '../../scoring/score.ts';

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

/** "8.5/10 Excellent", or "Not enough evidence" for an unscored app. */
export function scoreText(score: ScoreResult): string {
  return score.score === null ? 'Not enough evidence' : `${score.score.toFixed(1)}/10 ${score.label}`;
}

export function ScoreBadge(props: { rubric: Rubric; score: ScoreResult }) {
  return <ToneBadge rubric={props.rubric} tone={props.score.tone} text={scoreText(props.score)} />;
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
      {props.score === null ? null : <span class="muted"> ({props.score}/10)</span>}
    </span>
  );
}
