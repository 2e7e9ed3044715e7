/**
 * The part of the Adaptive Cards 1.5 schema (adaptivecards.io/schemas/1.5.0/adaptive-card.json) that
 * covers what our cards use: for each element or action type, its allowed properties (the schema
 * sets additionalProperties: false on every one), the required ones, and the value rules. Written
 * from the schema by hand (no JSON Schema validator is installed); a type missing here is reported,
 * so a new element type cannot slip past unchecked.
 */
type Rule = 'string' | 'boolean' | 'number' | 'object|string' | 'elements' | 'actions' | 'facts' | 'choices' | readonly string[];

interface TypeRule {
  required: readonly string[];
  props: Record<string, Rule | 'any'>;
}

const SPACING = ['default', 'none', 'small', 'medium', 'large', 'extralarge', 'padding'] as const;
const COLORS = ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'] as const;
const HEIGHT = ['auto', 'stretch'] as const;
const ELEMENT_COMMON = {
  fallback: 'any',
  height: HEIGHT,
  separator: 'boolean',
  spacing: SPACING,
  id: 'string',
  isVisible: 'boolean',
  requires: 'any',
} as const;
const INPUT_COMMON = { ...ELEMENT_COMMON, errorMessage: 'string', isRequired: 'boolean', label: 'string' } as const;
const ACTION_COMMON = {
  title: 'string',
  iconUrl: 'string',
  id: 'string',
  style: ['default', 'positive', 'destructive'],
  fallback: 'any',
  tooltip: 'string',
  isEnabled: 'boolean',
  mode: ['primary', 'secondary'],
  requires: 'any',
} as const;

const RULES: Record<string, TypeRule> = {
  AdaptiveCard: {
    required: ['version'],
    props: {
      version: 'string',
      refresh: 'any',
      authentication: 'any',
      body: 'elements',
      actions: 'actions',
      selectAction: 'any',
      fallbackText: 'string',
      backgroundImage: 'any',
      minHeight: 'string',
      rtl: 'boolean',
      speak: 'string',
      lang: 'string',
      verticalContentAlignment: ['top', 'center', 'bottom'],
      $schema: 'string',
      // Not in the schema: Teams' documented host extension (full-width cards).
      msteams: 'any',
    },
  },
  TextBlock: {
    required: ['text'],
    props: {
      ...ELEMENT_COMMON,
      text: 'string',
      color: COLORS,
      fontType: ['default', 'monospace'],
      horizontalAlignment: ['left', 'center', 'right'],
      isSubtle: 'boolean',
      maxLines: 'number',
      size: ['default', 'small', 'medium', 'large', 'extralarge'],
      weight: ['default', 'lighter', 'bolder'],
      wrap: 'boolean',
      style: ['default', 'heading'],
    },
  },
  FactSet: { required: ['facts'], props: { ...ELEMENT_COMMON, facts: 'facts' } },
  Container: {
    required: ['items'],
    props: {
      ...ELEMENT_COMMON,
      items: 'elements',
      selectAction: 'any',
      style: ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'],
      verticalContentAlignment: ['top', 'center', 'bottom'],
      bleed: 'boolean',
      backgroundImage: 'any',
      minHeight: 'string',
    },
  },
  ActionSet: { required: ['actions'], props: { ...ELEMENT_COMMON, actions: 'actions' } },
  'Input.Text': {
    required: ['id'],
    props: {
      ...INPUT_COMMON,
      isMultiline: 'boolean',
      maxLength: 'number',
      placeholder: 'string',
      regex: 'string',
      style: ['text', 'tel', 'url', 'email', 'password'],
      inlineAction: 'any',
      value: 'string',
    },
  },
  'Input.ChoiceSet': {
    required: ['id'],
    props: {
      ...INPUT_COMMON,
      choices: 'choices',
      isMultiSelect: 'boolean',
      style: ['compact', 'expanded', 'filtered'],
      value: 'string',
      placeholder: 'string',
      wrap: 'boolean',
    },
  },
  'Input.Toggle': {
    required: ['id', 'title'],
    props: { ...INPUT_COMMON, title: 'string', value: 'string', valueOff: 'string', valueOn: 'string', wrap: 'boolean' },
  },
  'Action.Submit': { required: [], props: { ...ACTION_COMMON, data: 'object|string', associatedInputs: ['auto', 'none'] } },
  'Action.OpenUrl': { required: ['url'], props: { ...ACTION_COMMON, url: 'string' } },
};

const ELEMENT_TYPES = ['TextBlock', 'FactSet', 'Container', 'ActionSet', 'Input.Text', 'Input.ChoiceSet', 'Input.Toggle'];
const ACTION_TYPES = ['Action.Submit', 'Action.OpenUrl'];

/** Every way `card` departs from the Adaptive Cards 1.5 schema, as "path: problem" lines. */
export function schemaProblems(card: unknown): string[] {
  const problems: string[] = [];
  check(card, 'AdaptiveCard', '$', problems);
  return problems;
}

function check(node: unknown, expected: 'AdaptiveCard' | 'element' | 'action', path: string, problems: string[]): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return void problems.push(`${path}: not an object`);
  const obj = node as Record<string, unknown>;
  const type = String(obj.type);
  const allowedTypes = expected === 'AdaptiveCard' ? ['AdaptiveCard'] : expected === 'element' ? ELEMENT_TYPES : ACTION_TYPES;
  if (!allowedTypes.includes(type)) return void problems.push(`${path}: type ${type} is not an allowed ${expected} here`);
  const rule = RULES[type]!;
  for (const key of rule.required) if (obj[key] === undefined) problems.push(`${path} (${type}): missing required ${key}`);
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'type') continue;
    const r = rule.props[key];
    const at = `${path}.${key}`;
    if (r === undefined) problems.push(`${at} (${type}): property not in the schema`);
    else if (r !== 'any') checkValue(value, r, at, problems);
  }
}

function checkValue(value: unknown, rule: Rule, at: string, problems: string[]): void {
  const list = (each: (v: unknown, i: number) => void) => (Array.isArray(value) ? value.forEach(each) : problems.push(`${at}: not an array`));
  if (Array.isArray(rule)) {
    if (typeof value !== 'string' || !rule.includes(value.toLowerCase())) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${rule.join(', ')}`);
  } else if (rule === 'elements') list((v, i) => check(v, 'element', `${at}[${i}]`, problems));
  else if (rule === 'actions') list((v, i) => check(v, 'action', `${at}[${i}]`, problems));
  else if (rule === 'facts' || rule === 'choices') {
    list((v, i) => {
      const o = v as Record<string, unknown>;
      const extra = Object.keys(o ?? {}).filter((k) => !['type', 'title', 'value'].includes(k));
      if (typeof o?.title !== 'string' || typeof o?.value !== 'string' || extra.length) problems.push(`${at}[${i}]: needs string title and value only`);
    });
  } else if (rule === 'object|string') {
    if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) problems.push(`${at}: not an object or string`);
  } else if (typeof value !== rule) problems.push(`${at}: not a ${rule}`);
}
