// Client routes. Pages are loaded lazily so that the first screen stays small.
import { lazy } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth.js';
import { AppShell } from './shell.js';
import { NotFoundPage, RouterErrorPage } from './route-error.js';

const LoginPage = lazy(() => import('../features/auth/pages/login-page.js'));
const HomePage = lazy(() => import('../features/home/pages/home-page.js'));
const OrgPage = lazy(() => import('../features/org/pages/org-page.js'));
const PeopleListPage = lazy(() => import('../features/people/pages/people-list-page.js'));
const PersonDetailPage = lazy(() => import('../features/people/pages/person-detail-page.js'));
const PersonCreatePage = lazy(() => import('../features/people/pages/person-create-page.js'));
const PersonEditPage = lazy(() => import('../features/people/pages/person-edit-page.js'));
const ImportPage = lazy(() => import('../features/people-import/pages/import-page.js'));
const AuditPage = lazy(() => import('../features/audit/pages/audit-page.js'));
const AccountsPage = lazy(() => import('../features/accounts/pages/accounts-page.js'));
const MyAccountPage = lazy(() => import('../features/account-self/pages/my-account-page.js'));
const TasksPage = lazy(() => import('../features/tasks/pages/tasks-page.js'));
const TaskDetailPage = lazy(() => import('../features/tasks/pages/task-detail-page.js'));
const TaskSlipPage = lazy(() => import('../features/tasks/pages/task-slip-page.js'));
const VolunteerPage = lazy(() => import('../features/tasks/pages/volunteer-page.js'));
const MyPlanPage = lazy(() => import('../features/plans/pages/my-plan-page.js'));
const PlansOverviewPage = lazy(() => import('../features/plans/pages/plans-overview-page.js'));
const PlanReviewPage = lazy(() => import('../features/plans/pages/plan-review-page.js'));
const MyCommitmentPage = lazy(() => import('../features/commitments/pages/my-commitment-page.js'));
const CommitmentsOverviewPage = lazy(() => import('../features/commitments/pages/commitments-overview-page.js'));
const CommitmentPage = lazy(() => import('../features/commitments/pages/commitment-page.js'));
const MyActionPlanPage = lazy(() => import('../features/action-plans/pages/my-action-plan-page.js'));
const ActionPlansBoardPage = lazy(() => import('../features/action-plans/pages/action-plans-board-page.js'));
const ActionPlanPage = lazy(() => import('../features/action-plans/pages/action-plan-page.js'));
const MeetingsPage = lazy(() => import('../features/meetings/pages/meetings-page.js'));
const MeetingDetailPage = lazy(() => import('../features/meetings/pages/meeting-detail-page.js'));
const SummaryPage = lazy(() => import('../features/summary/pages/summary-page.js'));
const PeriodsPage = lazy(() => import('../features/evaluation/pages/periods-page.js'));
const PeriodPage = lazy(() => import('../features/evaluation/pages/period-page.js'));
const MyEvaluationPage = lazy(() => import('../features/evaluation/pages/my-evaluation-page.js'));
const EvaluationDetailPage = lazy(() => import('../features/evaluation/pages/evaluation-detail-page.js'));
const ResultsPage = lazy(() => import('../features/evaluation/pages/results-page.js'));
const PublishedPage = lazy(() => import('../features/evaluation/pages/published-page.js'));
const CommendationsPage = lazy(() => import('../features/evaluation/pages/commendations-page.js'));
const CellsPage = lazy(() => import('../features/party-cells/pages/cells-page.js'));
const CellPage = lazy(() => import('../features/party-cells/pages/cell-page.js'));
const CellMeetingPage = lazy(() => import('../features/party-cells/pages/cell-meeting-page.js'));
const PlanningPage = lazy(() => import('../features/planning/pages/planning-page.js'));
const PlanningPlanPage = lazy(() => import('../features/planning/pages/plan-page.js'));
const PlanningOverviewPage = lazy(() => import('../features/planning/pages/overview-page.js'));
const PlanningLadderPage = lazy(() => import('../features/planning/pages/ladder-page.js'));
const PersonnelPage = lazy(() => import('../features/personnel/pages/personnel-page.js'));
const ProposalNewPage = lazy(() => import('../features/personnel/pages/proposal-new-page.js'));
const ProposalPage = lazy(() => import('../features/personnel/pages/proposal-page.js'));
const ExemplarsPage = lazy(() => import('../features/exemplars/pages/exemplars-page.js'));
const TrainingPage = lazy(() => import('../features/training/pages/training-page.js'));
const UnitDashboardPage = lazy(() => import('../features/indicators/pages/unit-dashboard-page.js'));

export const router = createBrowserRouter([
  {
    errorElement: <RouterErrorPage />,
    element: <Outlet />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: 'org', element: <OrgPage /> },
          { path: 'org/:unitId', element: <OrgPage /> },
          { path: 'org/:unitId/dashboard', element: <UnitDashboardPage /> },
          { path: 'people', element: <PeopleListPage /> },
          { path: 'people/new', element: <PersonCreatePage /> },
          { path: 'people/import', element: <ImportPage /> },
          { path: 'people/:id', element: <PersonDetailPage /> },
          { path: 'people/:id/edit', element: <PersonEditPage /> },
          { path: 'audit', element: <AuditPage /> },
          { path: 'accounts', element: <AccountsPage /> },
          { path: 'account', element: <MyAccountPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'tasks/new', element: <TaskSlipPage /> },
          { path: 'tasks/volunteer', element: <VolunteerPage /> },
          { path: 'tasks/:id', element: <TaskDetailPage /> },
          { path: 'plans', element: <MyPlanPage /> },
          { path: 'plans/overview', element: <PlansOverviewPage /> },
          { path: 'plans/:id', element: <PlanReviewPage /> },
          { path: 'commitments', element: <MyCommitmentPage /> },
          { path: 'commitments/overview', element: <CommitmentsOverviewPage /> },
          { path: 'commitments/:id', element: <CommitmentPage /> },
          { path: 'action-plans', element: <MyActionPlanPage /> },
          { path: 'action-plans/board', element: <ActionPlansBoardPage /> },
          { path: 'action-plans/:id', element: <ActionPlanPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingDetailPage /> },
          { path: 'summary', element: <SummaryPage /> },
          { path: 'evaluation', element: <PeriodsPage /> },
          { path: 'evaluation/periods/:id', element: <PeriodPage /> },
          { path: 'evaluation/periods/:id/mine', element: <MyEvaluationPage /> },
          { path: 'evaluation/periods/:id/results', element: <ResultsPage /> },
          { path: 'evaluation/periods/:id/published', element: <PublishedPage /> },
          { path: 'evaluation/commendations', element: <CommendationsPage /> },
          { path: 'evaluation/:id', element: <EvaluationDetailPage /> },
          { path: 'cells', element: <CellsPage /> },
          { path: 'cells/meetings/:id', element: <CellMeetingPage /> },
          { path: 'cells/:id', element: <CellPage /> },
          { path: 'planning', element: <PlanningPage /> },
          { path: 'planning/plans/:id', element: <PlanningPlanPage /> },
          { path: 'planning/overview', element: <PlanningOverviewPage /> },
          { path: 'planning/ladder', element: <PlanningLadderPage /> },
          { path: 'personnel', element: <PersonnelPage /> },
          { path: 'personnel/new', element: <ProposalNewPage /> },
          { path: 'personnel/proposals/:id', element: <ProposalPage /> },
          { path: 'exemplars', element: <ExemplarsPage /> },
          { path: 'training', element: <TrainingPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
