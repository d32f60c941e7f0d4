import { writeFileSync } from 'node:fs';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, CommandRunner, Option } from 'nest-commander';
import { AuthModule } from '../auth/auth.module';
import { type AppConfig, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import type { ImprovementPlanEntity } from '../plans/improvement-plan.entity';
import { PlansRepository } from '../plans/plans.repository';
import { HOUSE_STYLES } from '../reports/paper-html';
import { PaperJobs, type PrintedPaper, paperJobStep } from '../reports/paper-jobs';
import { WorkbooksService } from '../reports/excel/workbooks.service';
import { PAPER_FORMATS, type PaperFormat, PapersService } from '../reports/papers.service';
import { ReportsModule } from '../reports/reports.module';

@Module({})
class PaperCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PaperCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuthModule, ReportsModule],
    };
  }
}

interface PaperOptions {
  plan?: string;
  committee?: string;
  meetingDate?: string;
  style?: string;
  status?: string;
  exemptParagraph?: number;
  asOf?: string;
  officer?: string;
  subject?: string;
  format?: PaperFormat;
  out?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A plan by its id or its reference (HALTON-JAR-2008), refusing a reference two authorities share. */
async function findPlan(context: INestApplicationContext, reference: string): Promise<ImprovementPlanEntity> {
  const plans = await context.get(PlansRepository).findByIdOrReference(reference, UUID.test(reference));
  if (plans.length === 0) throw new Error(`There is no plan ${reference}.`);
  if (plans.length > 1) throw new Error(`More than one authority has a plan ${reference}: give the plan's id.`);
  return plans[0];
}

/**
 * Waits for a queued paper, showing each step on a terminal (on one line, rewritten), and
 * nothing when the output is not a terminal. Throws with the job's reason if it fails.
 */
async function waitForPaper(jobs: PaperJobs, caller: { authorityId: string }, jobId: string): Promise<PrintedPaper> {
  const terminal = process.stderr.isTTY === true;
  let shown = '';
  for (;;) {
    const job = await jobs.status(caller, jobId);
    const step = paperJobStep(job);
    const line = job.state === 'queued' && job.reason ? `retrying after: ${job.reason}` : step;
    if (terminal && line !== shown && step !== 'failed') {
      process.stderr.write(`\r\x1b[2KPaper ${jobId}: ${line}${step === 'stored' ? '\n' : '…'}`);
      shown = line;
    }
    if (job.state === 'done') return job.result as PrintedPaper;
    if (job.state === 'failed') {
      if (terminal && shown) process.stderr.write('\n');
      throw new Error(`The paper could not be printed: ${job.reason ?? 'no reason was given'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `tracker paper --plan REF --committee NAME --meeting-date YYYY-MM-DD [--format pdf|docx] --out FILE`:
 * queues a board paper exactly as the API does (PDF and Word together), waits while it prints
 * (showing its progress on a terminal), and writes the format asked for (the PDF by default) to FILE.
 */
@Command({ name: 'paper', description: 'Print a board paper for a plan and write the PDF or Word version to a file' })
export class PaperCommand extends CommandRunner {
  async run(_params: string[], options: PaperOptions): Promise<void> {
    for (const required of ['plan', 'committee', 'meetingDate', 'out'] as const) {
      if (!options[required]) {
        const flag = required === 'meetingDate' ? '--meeting-date' : `--${required}`;
        throw new Error(
          `Give ${flag}: tracker paper --plan REF --committee NAME --meeting-date YYYY-MM-DD [--format pdf|docx] --out FILE`,
        );
      }
    }
    const config = loadConfig();
    const context = await NestFactory.createApplicationContext(PaperCommandModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      const plan = await findPlan(context, options.plan as string);
      const caller = { authorityId: plan.authorityId, userId: null, systemActor: 'system: tracker paper' } as const;
      const jobs = context.get(PaperJobs);
      const jobId = await jobs.enqueue(caller, plan.id, {
        committee: options.committee as string,
        meetingDate: options.meetingDate as string,
        houseStyle: options.style as (typeof HOUSE_STYLES)[number] | undefined,
        status: (options.status as 'public' | 'exempt' | undefined) ?? 'public',
        exemptParagraph: options.exemptParagraph,
        asOf: options.asOf,
        reportingOfficer: options.officer ?? "Director of Children's Services",
        subject: options.subject ?? `Progress on the ${plan.title}`,
      });
      const printed = await waitForPaper(jobs, caller, jobId);
      const format = options.format ?? 'pdf';
      const file = await context.get(PapersService).file({ authorityId: plan.authorityId }, printed.paperId, format);
      writeFileSync(options.out as string, file.bytes);
      process.stdout.write(
        `Printed ${plan.reference} for ${(options.committee as string).trim()}, ${options.meetingDate}: ${options.out} (paper ${printed.paperId}, SHA-256 ${file.sha256}).\n`,
      );
    } finally {
      await context.close();
    }
  }

  @Option({ flags: '--plan <ref>', description: "The plan's id or reference, e.g. HALTON-JAR-2008" })
  parsePlan(value: string): string {
    return value;
  }

  @Option({ flags: '--committee <name>', description: 'The committee, e.g. "Executive Board"' })
  parseCommittee(value: string): string {
    return value;
  }

  @Option({ flags: '--meeting-date <date>', description: 'The meeting date, YYYY-MM-DD' })
  parseMeetingDate(value: string): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error('--meeting-date must be a date in the form YYYY-MM-DD.');
    return value;
  }

  @Option({ flags: '--style <style>', description: `House style: ${HOUSE_STYLES.join(' or ')}` })
  parseStyle(value: string): string {
    if (!(HOUSE_STYLES as readonly string[]).includes(value)) {
      throw new Error(`--style must be ${HOUSE_STYLES.join(' or ')}.`);
    }
    return value;
  }

  @Option({ flags: '--status <status>', description: 'public (the default) or exempt' })
  parseStatus(value: string): string {
    if (value !== 'public' && value !== 'exempt') throw new Error('--status must be public or exempt.');
    return value;
  }

  @Option({ flags: '--exempt-paragraph <n>', description: 'Schedule 12A paragraph, 1 to 7, when exempt' })
  parseExemptParagraph(value: string): number {
    if (!/^[1-7]$/.test(value)) throw new Error('--exempt-paragraph must be a number from 1 to 7.');
    return Number(value);
  }

  @Option({ flags: '--as-of <date>', description: 'Report as at this date (default today)' })
  parseAsOf(value: string): string {
    return value;
  }

  @Option({ flags: '--officer <name>', description: 'The reporting officer' })
  parseOfficer(value: string): string {
    return value;
  }

  @Option({ flags: '--subject <text>', description: 'The subject line' })
  parseSubject(value: string): string {
    return value;
  }

  @Option({ flags: '--format <format>', description: 'pdf (the default) or docx: which version to write' })
  parseFormat(value: string): PaperFormat {
    if (!Object.hasOwn(PAPER_FORMATS, value)) throw new Error('--format must be pdf or docx.');
    return value as PaperFormat;
  }

  @Option({ flags: '--out <file>', description: 'Where to write the PDF or Word file' })
  parseOut(value: string): string {
    return value;
  }
}

/** `tracker workbook --plan REF --out FILE.xlsx [--as-of DATE]`: writes the committee workbook. */
@Command({ name: 'workbook', description: 'Write the committee workbook (.xlsx) for a plan' })
export class WorkbookCommand extends CommandRunner {
  async run(_params: string[], options: { plan?: string; out?: string; asOf?: string }): Promise<void> {
    if (!options.plan || !options.out)
      throw new Error('Give --plan and --out: tracker workbook --plan REF --out FILE.xlsx');
    const context = await NestFactory.createApplicationContext(PaperCommandModule.forRoot(loadConfig()), {
      logger: ['error', 'warn'],
    });
    try {
      const plan = await findPlan(context, options.plan);
      const { bytes } = await context
        .get(WorkbooksService)
        .committee({ authorityId: plan.authorityId }, plan.id, options.asOf);
      writeFileSync(options.out, bytes);
      process.stdout.write(`Wrote the workbook for ${plan.reference} to ${options.out}.\n`);
    } finally {
      await context.close();
    }
  }

  @Option({ flags: '--plan <ref>', description: "The plan's id or reference, e.g. HALTON-JAR-2008" })
  parsePlan(value: string): string {
    return value;
  }

  @Option({ flags: '--as-of <date>', description: 'As at this date (default today)' })
  parseAsOf(value: string): string {
    return value;
  }

  @Option({ flags: '--out <file>', description: 'Where to write the .xlsx' })
  parseOut(value: string): string {
    return value;
  }
}
