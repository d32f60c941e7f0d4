import { Module } from '@nestjs/common';
import { NationalOutcomesModule } from '../benchmarking/national-outcomes.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { PlanningModule } from '../plans/planning.module';
import { RagModule } from '../rag/rag.module';
import { ChartRenderer } from './charts/chart-renderer';
import { InspectoratePlanService } from './docx/inspectorate-plan.service';
import { UpdateWorkbooksController } from './excel/update-workbooks.controller';
import { UpdateWorkbooksService } from './excel/update-workbooks.service';
import { UploadsRepository } from './excel/uploads.repository';
import { WorkbooksService } from './excel/workbooks.service';
import { PapersController } from './papers.controller';
import { PapersRepository } from './papers.repository';
import { PapersService } from './papers.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ReportBuilder } from './report-builder';
import { ReportsRepository } from './reports.repository';

@Module({
  imports: [RagModule, PlanningModule, IndicatorsModule, NationalOutcomesModule],
  controllers: [PapersController, UpdateWorkbooksController],
  providers: [
    PapersRepository,
    ReportsRepository,
    UploadsRepository,
    ChartRenderer,
    PdfRenderer,
    ReportBuilder,
    PapersService,
    WorkbooksService,
    UpdateWorkbooksService,
    InspectoratePlanService,
  ],
  exports: [
    PapersService,
    WorkbooksService,
    UpdateWorkbooksService,
    InspectoratePlanService,
    PdfRenderer,
    ReportBuilder,
    ChartRenderer,
  ],
})
export class ReportsModule {}
