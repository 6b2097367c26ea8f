// What each figure says about itself: its label, unit, method and how its range is formed (docs/estimates.md).
import { MAX_HOPS } from './inflow-read.js';

export interface FigureText {
  label: string;
  unit: string;
  method: string;
  rangeMethod: string;
}

const STATUS_METHOD = (status: string) =>
  `Compounds you can see whose status at the end of the period (or today) is ${status}: the latest dated status statement of a visible source (its statusDate, else when the source first reported it) on or before that date.`;
const STATUS_RANGE =
  'Low: only compounds whose status is corroborated (stated by two sources since it last changed, or by one rated A–C). High: adds the compounds whose status at that date no visible source states.';

export const FIGURE_TEXTS: Record<string, FigureText> = {
  'compounds.total': {
    label: 'Compounds',
    unit: 'compounds',
    method:
      'Compounds you can see, first reported on or before the end of the period, counted once each whatever their status.',
    rangeMethod:
      'Low: compounds reported by at least one source rated A–C (the rest rest on D–F sources only). High: the count itself.',
  },
  'compounds.active': {
    label: 'Active compounds',
    unit: 'compounds',
    method: STATUS_METHOD('active'),
    rangeMethod: STATUS_RANGE,
  },
  'compounds.raided': {
    label: 'Raided compounds',
    unit: 'compounds',
    method: STATUS_METHOD('raided'),
    rangeMethod: STATUS_RANGE,
  },
  'compounds.relocated': {
    label: 'Relocated compounds',
    unit: 'compounds',
    method: STATUS_METHOD('relocated'),
    rangeMethod: STATUS_RANGE,
  },
  'compounds.closed': {
    label: 'Closed compounds',
    unit: 'compounds',
    method: STATUS_METHOD('closed'),
    rangeMethod: STATUS_RANGE,
  },
  victims: {
    label: 'Victims (deduplicated)',
    unit: 'victims',
    method:
      'Victim reports you can see, dated in the period; reports that share an identifier (victimRef, caseRef) or a transfer (txHash) are one victim (union-find over the identifiers).',
    rangeMethod:
      'Low: also joins probable duplicates that no identifier ties (same wallet paid, same country, amounts within 1 %, dates within 7 days). High: every report counted as a victim of its own.',
  },
  'losses.usd': {
    label: 'Reported losses',
    unit: 'USD',
    method:
      "Losses of the deduplicated victims: for each victim the largest amount its reports give, in USD (the report's amountUsd, else its amount at a fixed rate per currency).",
    rangeMethod:
      'Low: each group of probable duplicates counts its smallest amount once. High: every report’s amount counted, as if no two reports were the same loss.',
  },
  'inflows.usd': {
    label: 'Wallet inflows to exchange, consolidation and OTC wallets',
    unit: 'USD',
    method: `After Griffin & Mei (2024): from the deposit wallets that visible victim reports name, along visible TRANSFERRED_TO links (at most ${MAX_HOPS} transfers), to the first wallet that is an exchange, consolidation or OTC wallet (its walletRole, or RUN_BY an otc-broker); the amounts of the transfers that arrive there are summed, each transfer once, in the month of the transfer (a link without a date spread over its firstSeen–lastSeen), at a fixed USD rate per asset.`,
    rangeMethod:
      'Value: every dollar leaving a reached wallet counted (poison trace) at the middle rate. Low: only the share of each wallet’s inflow that came from deposit wallets (haircut trace), at the low rate of the asset. High: the poison trace at the high rate (stablecoins are one dollar in all three).',
  },
};

export const SERIES_TEXTS = {
  victimsByMonth: {
    key: 'victims.byMonth',
    label: 'Victims by month of report',
    unit: 'victims',
    method:
      'Deduplicated victims by the month of their earliest report; ranges as for the victims figure.',
  },
  lossesByMonth: {
    key: 'losses.byMonth',
    label: 'Reported losses by month',
    unit: 'USD',
    method:
      'Deduplicated losses by the month of the victim’s earliest report; ranges as for the losses figure.',
  },
  inflowsByMonth: {
    key: 'inflows.byMonth',
    label: 'Wallet inflows by month',
    unit: 'USD',
    method: 'Inflows by the month of the arriving transfer; ranges as for the inflows figure.',
  },
} as const;
