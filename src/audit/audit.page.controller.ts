import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { UsersService } from '../users/users.service';
import { CurrentCaller } from '../auth/caller.decorator';
import { Csrf } from '../auth/csrf';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { AUDIT_OPERATIONS } from '../domain/vocabulary';
import {
  dateFrom,
  datePartsFrom,
  errorList,
  type FormErrors,
  onControls,
  submitForm,
  text,
  validateAs,
} from '../web/form-validation';
import { pageContext } from '../web/page-context';
import { AuditQueryDto } from './audit.dto';
import { AUDIT_PAGE_SIZE, type AuditEventInWords, AuditService } from './audit.service';
import { OPERATION_WORDS, entityLabel } from './audit-words';

type Form = Record<string, unknown>;

const FILTER_MESSAGES: Record<string, string> = {
  user: 'Choose a user from the list',
  entity: 'Choose a kind of record from the list',
  operation: 'Choose a kind of change from the list',
  before: 'The page asked for does not exist: start again from the newest events',
};

/** The audit trail as a page: who changed what, newest first, filtered by a GET form, page by page. */
@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly csrf: Csrf,
  ) {}

  @Get()
  @Policy(Permission.ReadAudit)
  async page(
    @CurrentCaller() caller: Caller,
    @Query() query: Form,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const errors: FormErrors = {};
    const from = dateFrom(query, 'from');
    const to = dateFrom(query, 'to');
    if (from === undefined) errors.from = 'The start of the period must be a real date, like 1 10 2008';
    if (to === undefined) errors.to = 'The end of the period must be a real date, like 31 12 2008';
    const filter: Record<string, unknown> = {
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(text(query, 'user') ? { user: text(query, 'user') } : {}),
      ...(text(query, 'entity') ? { entity: text(query, 'entity') } : {}),
      ...(text(query, 'operation') ? { operation: text(query, 'operation') } : {}),
    };
    const before = text(query, 'before');
    const asked = { ...filter, ...(before ? { before } : {}), limit: AUDIT_PAGE_SIZE };
    const { errors: invalid } = await validateAs(AuditQueryDto, asked, FILTER_MESSAGES);
    Object.assign(errors, invalid);
    const outcome = await submitForm(errors, 'from', () => this.audit.listInWords(caller, asked));
    const page = outcome.ok ? outcome.saved : { events: [] as AuditEventInWords[], nextBefore: null };
    if (!outcome.ok) Object.assign(errors, outcome.errors);
    if (Object.keys(errors).length) response.status(400);
    const [people, entities] = await Promise.all([this.users.list(caller.authorityId), this.audit.entities(caller)]);
    const filterQuery = new URLSearchParams(
      Object.entries(query).filter(
        (entry): entry is [string, string] => entry[0] !== 'before' && typeof entry[1] === 'string' && entry[1] !== '',
      ),
    );
    const placed = onControls(errors, ['from', 'to', 'user', 'entity', 'operation', 'before'], 'from');
    response.render('pages/audit.njk', {
      ...pageContext(this.csrf, request, response),
      pageTitle: 'Audit trail',
      values: {
        from: datePartsFrom(query, 'from'),
        to: datePartsFrom(query, 'to'),
        user: text(query, 'user'),
        entity: text(query, 'entity'),
        operation: text(query, 'operation'),
      },
      filtered: Object.keys(filter).length > 0,
      users: people.map((user) => ({ value: user.id, text: `${user.displayName} (${user.email})` })),
      entities: entities.map((entity) => ({ value: entity, text: entityLabel(entity) })),
      operations: AUDIT_OPERATIONS.map((operation) => ({ value: operation, text: OPERATION_WORDS[operation] })),
      events: page.events,
      newestHref: before ? `/audit${filterQuery.size ? `?${filterQuery}` : ''}` : null,
      olderHref: page.nextBefore
        ? `/audit?${new URLSearchParams([...filterQuery, ['before', page.nextBefore]])}`
        : null,
      exportHref: `/api/v1/audit/export.csv${Object.keys(filter).length ? `?${new URLSearchParams(filter as Record<string, string>)}` : ''}`,
      errors: placed,
      errorList: errorList(placed, ['from', 'to']),
    });
  }
}
