import type { HttpApp } from '../kernel/http.js';
import { DomainError, type FieldError } from '../kernel/errors.js';
import { industryLabel } from '../domains/subjects/index.js';
import { PRESET_INPUTS, type RatingModelDefinition, type StoredVersion } from '../domains/ratings/index.js';
import type { WebContext } from './web-context.js';
import { createConsolePage, HIDDEN, queryText } from './console-page.js';
import { formField } from './form.js';
import { inLang } from './format.js';
import { redirect, sendPage } from './respond.js';
import { INDUSTRIES, STREETS } from './pages/search-query.js';
import { inspectionPlanPage, ratingModelPage, ratingModelsPage } from './pages/console-ratings.js';
import { ratingEditorPage, type EditorState } from './pages/console-ratings-editor.js';

const MODEL_CODE = /^[a-z][a-z0-9_]{1,39}$/;
/** A form stays under the 64 KiB form limit; a model definition is some 10-20 KB of JSON. */
const MAX_DEFINITION = 60_000;

/** A new model starts from the composite preset with another code, as a template to edit. */
const template = () => ({ ...PRESET_INPUTS[0]!, code: 'new_model', name: '新评价模型' });

/**
 * Ratings in the console: the models, a model with its grades, versions and
 * distribution charts (server-side SVG, no ECharts), the inspection plan, and
 * the editor (JSON with errors by path, preview, save as draft, publish). The
 * service decides who may do what; a refused step renders the 403 page.
 */
export function registerRatingConsoleRoutes(app: HttpApp, web: WebContext): void {
  const { ratings } = web.services;
  const consolePage = createConsolePage(web);
  const mayEdit = (role: string) => role === 'admin' || role === 'staff';
  /** The model code of the path; anything else reads as a code no model has (404). */
  const codeOf = (params: unknown) => {
    const code = (params as { code: string }).code;
    return MODEL_CODE.test(code) || code === 'new' ? code : 'unknown';
  };

  app.get('/console/ratings', HIDDEN, consolePage('ratings', async ({ view, user, actor }) =>
    ratingModelsPage(view, user, await ratings.listModels(actor), mayEdit(user.role))));

  app.get('/console/ratings/:code', HIDDEN, consolePage('ratings', async ({ request, view, user, actor }) => {
    const code = codeOf(request.params);
    const { model, versions } = await ratings.getModel(actor, code);
    const published = versions.find((v) => v.version === model.publishedVersion) ?? null;
    const distribution = async (by?: 'street' | 'industry') => (published ? ratings.distribution(actor, code, by ? { by } : {}) : null);
    const done = queryText(request.query, 'done', 20);
    const doneText = done === 'published' ? view.t('ratings.published.done') : done?.startsWith('saved') ? view.t('ratings.saved', { version: done.slice(6) }) : null;
    return ratingModelPage(view, user, {
      code, name: model.name, published, versions, canEdit: mayEdit(user.role), done: doneText,
      overall: await distribution(), byStreet: await distribution('street'), byIndustry: await distribution('industry'),
      industryName: (c) => `${c} ${industryLabel(c) ?? ''}`.trim(),
    });
  }));

  app.get('/console/ratings/:code/plan', HIDDEN, consolePage('ratings', async ({ request, view, user, actor }) => {
    const code = codeOf(request.params);
    const { model } = await ratings.getModel(actor, code);
    const street = queryText(request.query, 'street', 20);
    const industry = queryText(request.query, 'industry', 1);
    const plan = await ratings.inspectionPlan(actor, code, {
      seed: queryText(request.query, 'seed', 64), maxListed: 50,
      street: street && STREETS.includes(street) ? street : undefined, industry: industry && INDUSTRIES.includes(industry) ? industry : undefined,
    });
    return inspectionPlanPage(view, user, { name: model.name, plan, streets: STREETS, industries: INDUSTRIES.map((c) => [c, industryLabel(c) ?? c]) });
  }));

  app.get('/console/ratings/:code/edit', HIDDEN, consolePage('ratings', async ({ request, view, user, actor }) => {
    const code = codeOf(request.params);
    if (code === 'new') return ratingEditorPage(view, user, { code, name: '', text: JSON.stringify(template(), null, 2), sample: '1000' });
    const { model, versions } = await ratings.getModel(actor, code);
    const from = Number(queryText(request.query, 'from', 6));
    const base: StoredVersion | undefined = versions.find((v) => v.version === from) ?? versions.find((v) => v.version === model.publishedVersion) ?? versions.at(-1);
    return ratingEditorPage(view, user, { code, name: model.name, text: JSON.stringify(base?.definition ?? {}, null, 2), sample: '1000' });
  }));

  app.post('/console/ratings/:code/edit', HIDDEN, consolePage('ratings', async ({ request, reply, view, user, actor }) => {
    const code = codeOf(request.params);
    const name = code === 'new' ? '' : (await ratings.getModel(actor, code)).model.name;
    const text = formField(request, 'definition', MAX_DEFINITION);
    const sampleText = formField(request, 'sample', 10).trim();
    const sample = /^\d+$/.test(sampleText) && Number(sampleText) > 0 ? Number(sampleText) : undefined;
    const state: EditorState = { code, name, text, sample: sampleText };
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch (err) {
      return sendPage(reply, view, 400, ratingEditorPage(view, user, { ...state, jsonError: (err as Error).message }));
    }
    const refused = (err: unknown) => {
      if (!(err instanceof DomainError) || err.status !== 400) throw err;
      const errors: FieldError[] = err.errors?.length ? err.errors : [{ field: '(root)', code: err.code, message: err.message }];
      return sendPage(reply, view, 400, ratingEditorPage(view, user, { ...state, errors: errors.map((e) => ({ ...e, message: inLang(e.message, view.lang) })) }));
    };
    if (formField(request, 'action', 10) === 'save') {
      try {
        const saved = code === 'new' ? await ratings.createModel(actor, definition) : await ratings.createVersion(actor, code, definition);
        return redirect(reply, `/console/ratings/${saved.code}?done=saved-${saved.version}`);
      } catch (err) {
        return refused(err);
      }
    }
    const check = await ratings.validate(actor, definition);
    const warnings = check.warnings.map((w) => ({ ...w, message: inLang(w.message, view.lang) }));
    if (!check.valid) return refused(new DomainError('RATING_MODEL_INVALID', 400, 'invalid', { errors: check.errors }));
    try {
      const preview = await ratings.previewDefinition(actor, definition as RatingModelDefinition, sample === undefined ? {} : { sample });
      return ratingEditorPage(view, user, { ...state, warnings, preview, valid: true });
    } catch (err) {
      return refused(err);
    }
  }));

  app.post('/console/ratings/:code/versions/:version/publish', HIDDEN, consolePage('ratings', async ({ request, reply, actor }) => {
    const code = codeOf(request.params);
    await ratings.publish(actor, code, Number((request.params as { version: string }).version) || 0);
    return redirect(reply, `/console/ratings/${code}?done=published`);
  }));
}
