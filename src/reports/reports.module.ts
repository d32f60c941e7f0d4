import { Module } from '@nestjs/common';
import { PlanningModule } from '../plans/planning.module';
import { RagModule } from '../rag/rag.module';
import { ChartRenderer } from './charts/chart-renderer';
import { WorkbooksService } from './excel/workbooks.service';
import { PapersController } from './papers.controller';
import { PapersPageController } from './papers.page.controller';
import { PapersService } from './papers.service';
import { PdfRenderer } from './pdf/pdf-renderer';
import { ReportBuilder } from './report-builder';

@Module({
  imports: [RagModule, PlanningModule],
  controllers: [PapersController, PapersPageController],
  providers: [ChartRenderer, PdfRenderer, ReportBuilder, PapersService, WorkbooksService],
  exports: [PapersService, WorkbooksService, PdfRenderer, ReportBuilder, ChartRenderer],
})
export class ReportsModule {}
