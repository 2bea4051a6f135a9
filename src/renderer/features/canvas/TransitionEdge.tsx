import { memo } from 'react';
import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import type { TransitionEdgeData } from '../../../shared/graph/types';
import type { DropTarget } from '../../../shared/graph/dropTarget';
import { routePath } from '../../../shared/graph/routePath';

type Data = TransitionEdgeData & { drop?: DropTarget };

/** A transition: solid for Next, labelled for Choice rules, marked Default, dashed for Catch. */
function TransitionEdgeView(props: EdgeProps<Edge<Data>>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    markerEnd,
    selected,
  } = props;
  // ELK's route goes around the states between the ends; without one (a node being dragged, a
  // layout still on its way) a step line joins the handles.
  const routed = routePath(data?.route, { x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  // Nearly aligned ends (a chain laid out in one column) get a straight line, not a 1-pixel jog.
  const aligned = Math.abs(sourceX - targetX) < 3 && targetY > sourceY;
  const [stepPath, stepLabelX, stepLabelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
    offset: 18,
  });
  const path = routed ?? (aligned ? `M ${sourceX},${sourceY} L ${sourceX},${targetY}` : stepPath);
  const labelAt = routed && data?.route?.label;
  const labelX = labelAt ? labelAt.x : stepLabelX;
  const labelY = labelAt ? labelAt.y : stepLabelY;
  const kind = data?.kind ?? 'next';
  const drop = data?.drop ? JSON.stringify(data.drop) : undefined;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={0}
        className={`transition-edge ${kind}${selected ? ' selected' : ''}`}
      />
      {drop && (
        <path d={path} className="edge-drop-zone" data-drop={drop} fill="none" strokeWidth={22} />
      )}
      {data?.label && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label ${kind}`}
            data-drop={drop}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={data.label}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** The React Flow edge type for transitions. */
export const TransitionEdge = memo(TransitionEdgeView);
